# Português (Portugal).

## A aplicação
app-name = Sistema de Informação do Mercado Interno
app-short-name = IMI
app-tagline = Cooperação administrativa entre as autoridades competentes do Espaço Económico Europeu
skip-to-content = Saltar para o conteúdo principal
loading = A carregar…

## Navegação e menu do utilizador
nav-label = Navegação principal
nav-inbox = Caixa de entrada
language-label = Idioma
user-signed-in-as = Sessão iniciada como { $name }, { $authority }
logout = Terminar sessão
toast-dismiss = Fechar
toast-logged-out = A sessão foi terminada.

## Página de início de sessão
login-title = Iniciar sessão
login-intro = Utilize a conta criada para si pelo administrador da sua autoridade ou pelo coordenador nacional do IMI.
login-email = Endereço de correio eletrónico
login-password = Palavra-passe
login-submit = Iniciar sessão
login-submitting = A iniciar sessão…
field-required = Este campo é obrigatório.

## Caixa de entrada
inbox-title = Caixa de entrada
inbox-empty-title = Ainda não há pedidos
inbox-empty-body = Os pedidos de informação que outras autoridades enviarem a { $authority } serão apresentados aqui.

## Páginas inexistentes
not-found-title = Página não encontrada
not-found-body = O endereço que seguiu não corresponde a nenhuma página deste sistema.
not-found-home = Ir para a caixa de entrada

## Funções
roles-label = As suas funções
role-request_handler = Gestor de pedidos
role-allocator = Distribuidor de pedidos
role-local_administrator = Administrador local de dados
role-coordinator = Coordenador do IMI
role-commission_observer = Observador da Comissão

## Erros devolvidos pelo servidor, por código
error-internal-error = Ocorreu um erro no servidor. Tente novamente; se o problema persistir, contacte o seu administrador.
error-database-unavailable = De momento, não é possível aceder à base de dados do sistema. Tente novamente dentro de alguns minutos.
error-not-found = O que pediu não existe ou não tem acesso ao mesmo.
error-method-not-allowed = Esta ação não é possível aqui.
error-unauthenticated = A sua sessão terminou. Inicie sessão novamente.
error-forbidden = Não tem os direitos necessários para esta ação.
error-invalid-credentials = O endereço de correio eletrónico ou a palavra-passe estão incorretos.
error-too-many-attempts = { $seconds ->
    [one] Demasiadas tentativas falhadas. Aguarde { $seconds } segundo antes de tentar novamente.
   *[other] Demasiadas tentativas falhadas. Aguarde { $seconds } segundos antes de tentar novamente.
}
error-malformed-json = O servidor não conseguiu ler os dados enviados. Recarregue a página e tente novamente.
error-unsupported-media-type = O servidor não aceita dados neste formato.
error-payload-too-large = Os dados enviados excedem o tamanho aceite pelo servidor.
error-validation-failed = Alguns campos não estão corretamente preenchidos. Verifique os campos assinalados.
error-network-error = Não é possível contactar o servidor. Verifique a sua ligação à rede e tente novamente.
error-invalid-transition = Esta ação não é possível no estado atual do pedido. Recarregue a página para ver o que pode ser feito agora.
error-translation-not-configured = A tradução automática não está disponível neste sistema.
error-translation-failed = O serviço de tradução automática não respondeu. Tente novamente mais tarde.

## Valores dos marcadores de posição (shared::placeholder::PlaceholderErrorCode)
## $label é a etiqueta do marcador de posição na língua do leitor; $max e $length são números de
## caracteres.
placeholder-error-missing = Introduza um valor para «{ $label }».
placeholder-error-empty = O campo «{ $label }» não pode estar vazio.
placeholder-error-too-long = { $max ->
    [one] O campo «{ $label }» pode ter, no máximo, { $max } carácter; tem atualmente { $length }.
   *[other] O campo «{ $label }» pode ter, no máximo, { $max } caracteres; tem atualmente { $length }.
}
placeholder-error-control-character = O campo «{ $label }» contém um carácter de controlo invisível. Escreva novamente o valor.
placeholder-error-line-break = O campo «{ $label }» tem de caber numa só linha.
placeholder-error-invalid-date = Introduza «{ $label }» no formato ano-mês-dia, por exemplo 2025-03-31.
placeholder-error-nonexistent-date = A data introduzida em «{ $label }» não existe no calendário.
placeholder-error-unknown-country = Em «{ $label }», escolha um país do Espaço Económico Europeu.
placeholder-error-invalid-email = «{ $label }» não é um endereço de correio eletrónico válido.
placeholder-error-invalid-person-name = «{ $label }» tem de ser o nome de uma pessoa: letras, sem algarismos.
placeholder-error-invalid-register-reference = «{ $label }» só pode conter letras, algarismos, espaços e os caracteres - . /
placeholder-error-unexpected = Foi indicado um valor para um campo que nenhuma das perguntas escolhidas utiliza.
placeholder-error-unknown-placeholder = Uma pergunta utiliza um campo desconhecido. Informe o coordenador do IMI.

## Modelos de perguntas (shared::placeholder::TemplateErrorCode)
## $position é uma posição de carácter contada a partir de 1; $name é o nome de um marcador de
## posição tal como foi escrito.
template-error-unterminated = O marcador de posição que começa no carácter { $position } não está fechado.
template-error-empty-name = O marcador de posição no carácter { $position } não tem nome.
template-error-invalid-name = «{ $name }» (carácter { $position }) não é um nome de marcador de posição válido: tem de começar por uma letra, seguida de letras, algarismos ou «_».
template-error-mismatched-delimiters = O marcador de posição no carácter { $position } é aberto com um tipo de parêntese e fechado com outro.
template-error-nested = O marcador de posição no carácter { $position } contém outro marcador de posição.
template-error-unknown-placeholder = «{ $name }» (carácter { $position }) não é um marcador de posição conhecido.

## Estados do pedido (shared::lifecycle::RequestState)
request-state-draft = Rascunho
request-state-awaiting-acceptance = A aguardar aceitação
request-state-accepted = Aceite
request-state-info-requested = Informação pedida
request-state-answered = Respondido
request-state-closed = Encerrado
request-state-withdrawn = Retirado

## Ações sobre um pedido (shared::lifecycle::ActionKind)
request-action-create = Novo pedido
request-action-edit = Editar
request-action-delete = Eliminar rascunho
request-action-send = Enviar
request-action-withdraw = Retirar
request-action-accept = Aceitar
request-action-forward = Reencaminhar
request-action-request-info = Pedir mais informações
request-action-provide-info = Prestar informações
request-action-answer = Responder
request-action-split-off = Separar perguntas
request-action-request-clarification = Pedir esclarecimentos
request-action-close = Aceitar a resposta e encerrar

## Avaliação de uma resposta (shared::lifecycle::Rating)
rating-positive = Boa
rating-neutral = Aceitável
rating-negative = Insuficiente

## Verificação de perguntas (página para escrever e experimentar modelos de perguntas)
nav-question-check = Verificação de perguntas
question-check-title = Verificar uma pergunta
question-check-intro = Escreva uma pergunta tal como aparecerá num pedido, com marcadores de posição para os dados que a autoridade requerente preenche, e experimente-a com valores. Aplicam-se aqui as mesmas regras que no envio de um pedido.
question-check-template = Texto da pergunta
question-check-template-help = Escreva cada marcador de posição como {"${"}Nome{"}"}, por exemplo {"${"}SPBusinessName{"}"}. Marcadores de posição conhecidos: { $names }.
question-check-values = Valores
question-check-no-placeholders = Esta pergunta não tem marcadores de posição.
question-check-personal-data = dados pessoais
question-check-preview = Pré-visualização
question-check-submit = Verificar no servidor
question-check-accepted = O servidor aceita esta pergunta e os respetivos valores.

## Catálogo de perguntas
nav-catalogue = Perguntas
catalogue-title = Catálogo de perguntas
catalogue-intro = As perguntas pré-traduzidas que podem ser incluídas num pedido. A outra autoridade lê cada uma delas na sua própria língua; os marcadores de posição são preenchidos pela autoridade requerente.
catalogue-area-label = Domínio legislativo
catalogue-count = { $count ->
    [one] { $count } pergunta
   *[other] { $count } perguntas
}
area-services = Serviços
area-professional_qualifications = Qualificações profissionais
area-posting_of_workers = Destacamento de trabalhadores
area-ecommerce = Comércio eletrónico
answer-type-yes_no = Sim ou não
answer-type-date = Data
answer-type-free_text = Texto livre
answer-type-document = Documento
answer-type-choice = Escolha de uma lista

## Pesquisa de autoridades
nav-authorities = Autoridades
authorities-title = Pesquisar uma autoridade
authorities-intro = Pesquise em qualquer língua por nome, sigla, cidade ou competência, por exemplo uma profissão ou uma atividade. As competências são pesquisadas em todas as línguas do sistema.
authorities-search-label = Nome, cidade ou competência
authorities-country-label = País
authorities-any-country = Todos os países
authorities-any-area = Todos os domínios
authorities-results = { $count ->
    [one] { $count } autoridade encontrada
   *[other] { $count } autoridades encontradas
}
authorities-no-results = Nenhuma autoridade corresponde a esta pesquisa.
authorities-match-name = Corresponde ao nome
authorities-match-acronym = Corresponde à sigla
authorities-match-city = Corresponde à cidade
authorities-match-competence = Competente em matéria de: { $label }
authorities-pages = Páginas de resultados
authorities-previous = Anterior
authorities-next = Seguinte
authorities-page = Página { $page } de { $pages }
profile-back = Voltar à pesquisa
profile-country = País
profile-acronym = Sigla
profile-address = Endereço
profile-email = Correio eletrónico
profile-phone = Telefone
profile-role = Função no sistema
profile-coordinator = Coordenador nacional do IMI
profile-areas = Domínios legislativos
profile-competences = Competente em matéria de

## Países do Espaço Económico Europeu
country-AT = Áustria
country-BE = Bélgica
country-BG = Bulgária
country-HR = Croácia
country-CY = Chipre
country-CZ = Chéquia
country-DK = Dinamarca
country-EE = Estónia
country-FI = Finlândia
country-FR = França
country-DE = Alemanha
country-GR = Grécia
country-HU = Hungria
country-IE = Irlanda
country-IT = Itália
country-LV = Letónia
country-LT = Lituânia
country-LU = Luxemburgo
country-MT = Malta
country-NL = Países Baixos
country-PL = Polónia
country-PT = Portugal
country-RO = Roménia
country-SK = Eslováquia
country-SI = Eslovénia
country-ES = Espanha
country-SE = Suécia
country-IS = Islândia
country-LI = Listenstaine
country-NO = Noruega
