// The service worker: it keeps this release's app shell (index.html, both wasm modules, the
// styles, the icon, the manifest) and the languages the user has read the app in, so that the
// app opens without a network after one visit, as an inspector on a site without signal needs.
//
// scripts/shell-list.sh fills in the release and its files at build time, so each release's
// worker differs byte for byte from the last: the browser then installs it beside the running
// one, and it waits until the user accepts the update (src/offline.rs), so a tab never mixes
// two releases' files.
//
// Of the API, only the reads a signed-in user needs to open their work offline (the session,
// the overview's lists and counts, the requests they opened or that are assigned to them,
// the catalogue) are kept, and only for the user the app names (src/offline.rs): in a cache
// of that user's own, deleted when they log out, when the server says their session has
// ended, when the session's end (as the kept /api/session says) has passed, offline too, and
// when another user logs in on the same device. Online, those reads still go to the server
// first.
'use strict';

const RELEASE = '__IMI_RELEASE__';
const SHELL = __IMI_SHELL__;
const CACHE = 'imi-shell-' + RELEASE;
// The signed-in user's kept reads: `imi-data-<user id>`, at most one such cache at a time.
const DATA = 'imi-data-';
const KEPT_READS = /^\/api\/(session|requests|requests\/counts|requests\/\d+|catalogue)$/;

self.addEventListener('install', (event) => {
  // The hashed files mostly come from the browser's HTTP cache, where the page just put them;
  // the server marks the others (index.html, the manifest) to be revalidated, so the cache
  // holds what this release's server sends.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(SHELL).then(() => keepLanguagesOf(cache)))
  );
});

// The languages an earlier release kept, fetched again for this one (its texts may differ):
// the user who accepts the update can still go offline in their language at once.
function keepLanguagesOf(cache) {
  return earlierShells()
    .then((names) => Promise.all(names.map((name) => caches.open(name).then((old) => old.keys()))))
    .then((lists) => {
      const paths = new Set(
        lists
          .flat()
          .map((request) => new URL(request.url).pathname)
          .filter((path) => path.startsWith('/locales/'))
      );
      // A language that cannot be fetched now is fetched when next read.
      return Promise.all([...paths].map((path) => cache.add(path).catch(() => undefined)));
    });
}

self.addEventListener('activate', (event) => {
  // Earlier releases' shells go once this one is in charge.
  event.waitUntil(
    earlierShells()
      .then((names) => Promise.all(names.map((name) => caches.delete(name))))
      .then(() => self.clients.claim())
  );
});

// The caches of earlier releases' shells.
function earlierShells() {
  return caches
    .keys()
    .then((names) => names.filter((name) => name.startsWith('imi-shell-') && name !== CACHE));
}

// The users' kept reads change one message at a time, in the order the app sent them: a
// read to keep for a user must find the cache their sign-in made, and a log-out's forgetting
// must not be overtaken by a read still arriving.
let kept = Promise.resolve();
function inTurn(work) {
  kept = kept.then(work).catch(() => undefined);
  return kept;
}

// The app's messages: take over (to the waiting worker, when the user accepts the update);
// keep a language (the page's first visit fetched its locale before this worker was there to
// keep it); keep the reads of this user (and of nobody else); keep reads the user has not
// opened yet (the requests assigned to them); forget every user's reads.
self.addEventListener('message', (event) => {
  if (event.data === 'imi-update') {
    self.skipWaiting();
  } else if (event.data === 'imi-forget') {
    event.waitUntil(inTurn(() => forgetAllBut(null)));
  } else if (typeof event.data === 'string' && /^imi-keep-for \d+$/.test(event.data)) {
    const name = DATA + event.data.slice('imi-keep-for '.length);
    // The session's own state first: without it (and its end) nothing kept is given back.
    event.waitUntil(
      inTurn(() =>
        forgetAllBut(name)
          .then(() => caches.open(name))
          .then((cache) => cache.add('/api/session'))
      )
    );
  } else if (typeof event.data === 'string' && /^imi-keep-reads \d+( \S+)+$/.test(event.data)) {
    const [, user, ...paths] = event.data.split(' ');
    event.waitUntil(inTurn(() => keepReads(DATA + user, paths)));
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
  if (url.pathname.startsWith('/api/')) {
    // The rest of the API goes to the network as if there were no worker.
    if (KEPT_READS.test(url.pathname)) event.respondWith(networkFirst(request));
    return;
  }
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

// Fetches the kept reads `paths` (the API's addresses, each checked against what may be
// kept) into the cache `name`: only while that user's cache is there, which their sign-in
// made and which a log-out or another user's sign-in deletes. A read that fails is skipped;
// the app asks again later.
function keepReads(name, paths) {
  const wanted = paths
    .map((path) => new URL(path, self.location.origin))
    .filter((url) => url.origin === self.location.origin && KEPT_READS.test(url.pathname));
  return Promise.all(
    wanted.map((url) =>
      fetch(url.pathname + url.search).then((response) =>
        caches.has(name).then((still) => {
          if (response.ok && still) {
            return caches.open(name).then((cache) => cache.put(keyOf(url.href), response));
          }
          return undefined;
        })
      ).catch(() => undefined)
    )
  );
}

// The address a kept read is kept under: its path and query, without the trailing `&` the
// app's HTTP client leaves on a query, so that a read the worker fetched itself (keepReads)
// and the same read asked by the page are one.
function keyOf(url) {
  const parsed = new URL(url, self.location.origin);
  return parsed.pathname + parsed.search.replace(/&+$/, '');
}

// Deletes every user's kept reads but those of the cache `keep` (none when null).
function forgetAllBut(keep) {
  return caches
    .keys()
    .then((names) =>
      Promise.all(
        names
          .filter((name) => name.startsWith(DATA) && name !== keep)
          .map((name) => caches.delete(name))
      )
    );
}

// A kept read: from the server when it answers, kept for the signed-in user; from what was
// kept for them when it cannot be reached. With no user to keep for, the server alone.
function networkFirst(request) {
  return caches.keys().then((names) => {
    const name = names.find((n) => n.startsWith(DATA));
    if (!name) return fetch(request);
    return fetch(request).then(
      (response) => {
        if (response.ok) {
          const copy = response.clone();
          // Kept only if the same user is still signed in when the answer arrives: an
          // answer to one user must never land among another's.
          caches.has(name).then((still) => {
            if (still) caches.open(name).then((cache) => cache.put(keyOf(request.url), copy));
          });
        }
        return response;
      },
      (error) => keptRead(name, request).then((kept) => kept || Promise.reject(error))
    );
  });
}

// What was kept of `request` for the user of cache `name`, while their session lasts: the
// kept /api/session says until when. A session over (or unknown) takes all of it away.
function keptRead(name, request) {
  return caches
    .match('/api/session', { cacheName: name })
    .then((session) => (session ? session.json() : null))
    .then((state) => {
      const ends = state && state.me ? Date.parse(state.expires_at) : NaN;
      if (!(ends > Date.now())) return forgetAllBut(null).then(() => undefined);
      return caches.match(keyOf(request.url), { cacheName: name });
    });
}
