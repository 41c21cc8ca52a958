// The service worker: it keeps this release's app shell (index.html, both wasm modules, the
// styles, the icon, the manifest) and the languages the user has read the app in, so that the
// app opens without a network after one visit, as an inspector on a site without signal needs.
//
// scripts/shell-list.sh fills in the release and its files at build time, so each release's
// worker differs byte for byte from the last: the browser then installs it beside the running
// one, and it waits until the user accepts the update (src/offline.rs), so a tab never mixes
// two releases' files. The API (/api/...) is never answered from here: nobody's requests,
// names or documents are kept by this worker.
'use strict';

const RELEASE = '__IMI_RELEASE__';
const SHELL = __IMI_SHELL__;
const CACHE = 'imi-shell-' + RELEASE;

self.addEventListener('install', (event) => {
  // The hashed files mostly come from the browser's HTTP cache, where the page just put them;
  // the server marks the others (index.html, the manifest) to be revalidated, so the cache
  // holds what this release's server sends.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
});

self.addEventListener('activate', (event) => {
  // Earlier releases' shells go once this one is in charge.
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('imi-shell-') && name !== CACHE)
            .map((name) => caches.delete(name))
        )
      )
      .then(() => self.clients.claim())
  );
});

// The app's two messages: take over (to the waiting worker, when the user accepts the
// update), and keep a language (the page's first visit fetched its locale before this worker
// was there to keep it).
self.addEventListener('message', (event) => {
  if (event.data === 'imi-update') {
    self.skipWaiting();
  } else if (typeof event.data === 'string' && event.data.startsWith('imi-keep ')) {
    const url = new URL(event.data.slice('imi-keep '.length), self.location.origin);
    if (url.origin === self.location.origin && /^\/locales\/[a-z]{2}\/main\.ftl$/.test(url.pathname)) {
      event.waitUntil(caches.open(CACHE).then((cache) => cache.add(url.pathname)));
    }
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // The API goes to the network as if there were no worker.
  if (url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    // Every address of the app is the same page: this release's index.html, network or not.
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match('/index.html'))
        .then((page) => page || fetch(request))
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request).then((kept) => {
        if (kept) return kept;
        return fetch(request).then((response) => {
          // A language is kept once read: the interface then opens in it offline too.
          if (response.ok && url.pathname.startsWith('/locales/')) {
            cache.put(request, response.clone());
          }
          return response;
        });
      })
    )
  );
});
