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
organisation-commission = Comissão Europeia
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
error-not-found = O que pediu não existe ou não tem acesso a esse conteúdo.
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
answer-type-measurement = Valor medido

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
## $country é o nome de um país na língua do leitor; $label, o de uma profissão ou atividade.
search-country-from-query = São apresentadas as autoridades do país indicado na sua pesquisa ({ $country }).
search-none-declared = Nenhuma autoridade deste país ({ $country }) se declarou competente em matéria de «{ $label }».
search-none-declared-anywhere = Nenhuma autoridade se declarou competente em matéria de «{ $label }».
search-ask-coordinator = O coordenador nacional do IMI deste país ({ $country }) pode indicar-lhe qual é a autoridade competente:
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
profile-level = Âmbito territorial
level-national = Nacional
level-regional = Regional
level-local = Local
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

## Caixa de entrada: listas e ordenação
inbox-empty-body-box = Os pedidos da sua autoridade que correspondam a estes filtros serão apresentados aqui.
inbox-new-request = Novo pedido
inbox-boxes = Listas de pedidos
inbox-total = { $count ->
    [one] Um pedido
   *[other] { $count } pedidos
}
inbox-deadline = Prazo: { $date }
inbox-number-label = Número do pedido
inbox-sort-label = Ordenação
inbox-sort-updated-desc = Alterados mais recentemente primeiro
inbox-sort-updated-asc = Alterados há mais tempo primeiro
inbox-sort-deadline-asc = Prazo mais próximo primeiro
inbox-sort-number-desc = Números mais altos primeiro
box-to-accept = Por aceitar
box-to-answer = Por responder ou analisar
box-awaiting = A aguardar a outra autoridade
box-overdue = Em atraso
box-drafts = Rascunhos
box-closed = Encerrados
box-all = Todos

## Anexos
error-unsupported-file-type = Este tipo de ficheiro não é aceite. Anexe um PDF, uma imagem ou um documento de escritório.

## Um pedido
request-title = Pedido { $number }
request-title-unknown = Pedido
request-overdue = Em atraso
request-from = Autoridade requerente
request-to = Autoridade destinatária
request-created = Data de criação
request-requested-date = Resposta pedida até
request-deadline = Prazo acordado
request-subject = Pessoa ou empresa objeto do pedido
request-personal-data-hidden = Os dados pessoais, as observações, as mensagens e os documentos são apresentados depois de a sua autoridade aceitar o pedido.
request-personal-data-coordinator = A sua função de coordenador permite-lhe acompanhar a tramitação do pedido. Os dados pessoais, as observações, as mensagens e os documentos do pedido destinam-se exclusivamente às duas autoridades.
request-note-hidden = Texto não apresentado, por poder conter dados pessoais.
request-blocked-on = Dados pessoais bloqueados em
request-personal-data-blocked = Nos termos das regras de conservação, os dados pessoais deste pedido (pessoa ou empresa visada, texto livre e documentos) foram bloqueados em { $date }. Já ninguém os pode consultar e serão apagados em { $deleted }.
request-personal-data-erased = Nos termos das regras de conservação, os dados pessoais deste pedido foram apagados em { $date }. Só se conservam os seus elementos essenciais: datas, autoridades, estados e avaliações.
personal-data-mark = Dados pessoais
personal-data-legend = Este símbolo assinala dados pessoais. Só as autoridades que tratam o pedido os podem ver; após a conclusão do pedido, são bloqueados e depois apagados, nos termos das regras de conservação.
nav-data-subjects = Titulares dos dados
data-subjects-title = Pedidos dos titulares dos dados
data-subjects-intro = Quando uma pessoa pergunta que dados a sua autoridade detém sobre ela, encontre aqui todos os pedidos da sua autoridade que lhe dizem respeito, incluindo aqueles cujos dados pessoais estão bloqueados, e elabore o relatório a que essa pessoa tem direito. Cada pesquisa e cada relatório ficam registados com o respetivo motivo.
data-subjects-reason = Motivo
data-subjects-reason-help = Por exemplo, a data e a referência do pedido da pessoa. O motivo fica inscrito no registo de auditoria.
data-subjects-search = Pesquisar
data-subjects-found = { $count ->
    [one] Foi encontrado um pedido
   *[other] Foram encontrados { $count } pedidos
}
data-subjects-none = Nenhum pedido da sua autoridade diz respeito a esta pessoa.
data-subjects-include = Incluir no relatório
data-subjects-side-requesting = Enviado pela sua autoridade
data-subjects-side-responding = Recebido pela sua autoridade
data-subjects-stage-visible = Dados pessoais visíveis
data-subjects-stage-blocked = Dados pessoais bloqueados
data-subjects-stage-deleted = Dados pessoais apagados
data-subjects-report-language = Língua do relatório
data-subjects-make-report = Elaborar o relatório
data-subjects-print = Imprimir o relatório
report-title = Dados pessoais que lhe dizem respeito
report-intro = { $authority } detém os seguintes dados pessoais que lhe dizem respeito no Sistema de Informação do Mercado Interno (IMI), através do qual as autoridades do Espaço Económico Europeu trocam informações nos termos do Regulamento (UE) n.º 1024/2012.
report-made-on = Relatório elaborado em { $date }
report-request = Pedido { $number }
report-area = Domínio do direito
report-data = Dados detidos
report-disclosures = Envios e receções
report-disclosure-sent = Enviados para { $authority } em { $date }
report-disclosure-forwarded = Reencaminhados para { $authority } em { $date }
report-disclosure-split-off = Transmitidos em parte para { $authority } em { $date }
report-disclosure-received-from = Recebidos de { $authority } em { $date }
report-retention = Bloqueio e apagamento
report-blocked-and-deleted = Bloqueio em { $blocked } (a partir dessa data, ninguém os pode consultar) e apagamento em { $deleted }.
report-not-ended = O pedido ainda está a ser tratado. Os dados pessoais nele contidos serão bloqueados { $block ->
    [one] { $block } mês
   *[other] { $block } meses
} após a sua conclusão e apagados { $delete ->
    [one] { $delete } mês
   *[other] { $delete } meses
} após a sua conclusão.
report-count = { $field }: { $count }
report-field-document = Documento
report-field-comment = Observações da autoridade requerente
report-field-note = Mensagens e textos de acompanhamento
report-field-text-answer = Respostas escritas
report-field-answer-comment = Observações sobre as respostas
report-field-inspection-present = Presença na inspeção no local
report-empty = Os pedidos desta autoridade não contêm dados pessoais que lhe digam respeito.
timeline-fields = Campos retificados: { $fields }
request-rectify = Retificar os dados pessoais
request-rectify-title = Retificar os dados da pessoa ou empresa objeto do pedido
request-rectify-help = A outra autoridade é informada dos campos que retificou. Os valores anteriores não são conservados.
request-rectify-save = Guardar a retificação
request-comment = Observações
request-original-language = Língua original: { $language }
request-questions = { $count ->
    [one] Uma pergunta
   *[other] { $count } perguntas
}
request-answer = Resposta
request-answer-comment = Observações sobre a resposta
request-answer-choose = Escolha uma resposta
request-answer-date = Data
request-answer-measurement = Valor medido ({ $unit })
request-answer-text = Texto da resposta
request-save-answers = Guardar as respostas
request-send-answer = Enviar a resposta
request-actions = Ações disponíveis
request-propose-days = Ou proponha outro prazo, em dias
request-accept-proposed = Aceitar com este prazo
request-note = Texto de acompanhamento
request-rating-timeliness = Cumprimento do prazo
request-rating-effort = Qualidade da resposta
request-rating-choose = Escolha uma avaliação
request-rating-needed = Para encerrar o pedido, avalie o cumprimento do prazo e a qualidade da resposta.
confirm-irreversible = Esta ação não pode ser anulada. Pretende continuar?
request-split-choose = Transferir esta pergunta para outra autoridade
request-reuse = Criar um novo pedido a partir deste
request-timeline = Histórico
timeline-new = Novo desde a sua alteração
request-message = Mensagem para a outra autoridade
request-message-send = Enviar a mensagem
timeline-to = Destinatário: { $authority }
timeline-split-to = Novo pedido n.º { $id }
subject-name = Nome ou denominação
subject-identifier = Número de registo ou de identificação
subject-birth-date = Data de nascimento
picker-label = Pesquisar a autoridade (em qualquer língua)
picker-more = Mostrar mais
answer-yes = Sim
answer-no = Não
answer-unknown = Desconhecido
answer-date = Uma data
answer-text = Uma resposta escrita
answer-measurement = Um valor medido
answer-document-attached = O documento segue em anexo
answer-document-not-available = O documento não está disponível
event-created = Rascunho criado
event-sent = Enviado
event-withdrawn = Retirado
event-accepted = Aceite
event-forwarded = Reencaminhado
event-info-requested = Mais informações pedidas
event-info-provided = Informações prestadas
event-answered = Respondido
event-split-off = Perguntas separadas para um novo pedido
event-clarification-requested = Esclarecimentos pedidos
event-closed = Resposta aceite, pedido encerrado
event-message = Mensagem
event-attachment-added = Documento anexado
toast-request-action-send = O pedido foi enviado.
toast-request-action-delete = O rascunho foi eliminado.
toast-request-action-withdraw = O pedido foi retirado.
toast-request-action-accept = O pedido foi aceite.
toast-request-action-forward = O pedido foi reencaminhado.
toast-request-action-request-info = A sua pergunta foi enviada à autoridade requerente.
toast-request-action-provide-info = As informações foram enviadas.
toast-request-action-answer = A resposta foi enviada.
toast-request-action-split-off = As perguntas foram transferidas para um novo pedido.
toast-request-action-request-clarification = O seu pedido de esclarecimentos foi enviado.
toast-request-action-close = O pedido foi encerrado.
toast-answers-saved = As suas respostas foram guardadas.

## Redação de um pedido
compose-title = Novo pedido
compose-steps = Etapas
compose-step-area = Domínio legislativo
compose-step-authority = Autoridade
compose-step-subject = Pessoa ou empresa
compose-step-questions = Perguntas
compose-step-details = Observações e data
compose-step-review = Verificar e enviar
compose-back = Voltar
compose-next = Seguinte
compose-saved = Rascunho n.º { $id } guardado
compose-chosen-authority = Autoridade escolhida: { $name }
compose-subject-help = O profissional ou prestador de serviços em causa. A autoridade destinatária só vê estes dados depois de aceitar o pedido.
compose-comment-help = Redigidas na sua língua; a outra autoridade vê de que língua se trata.
compose-incomplete = O pedido ainda não está completo. As partes em falta estão assinaladas.
compose-draft-title = Rascunho { $number }
compose-questions-filter = Filtrar as perguntas
compose-questions-chosen = Perguntas escolhidas: { $count }
compose-step-attention = requer atenção
compose-review-fix = Corrija o seguinte antes de enviar:
compose-review-language = As perguntas são apresentadas na sua língua; a autoridade destinatária lê-as na sua própria língua.
compose-review-none = Não indicado
field-error-missing = Obrigatório.
field-error-too-long = Demasiado longo.
field-error-not-in-future = Tem de ser uma data posterior a hoje.
field-error-in-future = Não pode ser uma data futura.
field-error-empty = Não pode estar vazio.
field-error-duplicate = Escolhido duas vezes.
field-error-unknown = Desconhecido.
field-error-other-area = Pertence a outro domínio legislativo.
field-error-area-not-handled = Esta autoridade não trata do domínio legislativo do pedido.
field-error-not-allowed = Não é possível aqui.
field-error-too-many = Demasiados elementos.

## Documentos anexos
request-documents = Documentos
request-no-documents = Não há documentos anexados.
request-documents-withheld = Os documentos são dados pessoais: não são apresentados aqui, tal como os restantes dados pessoais deste pedido.
request-document-size = { $size } kB
upload-label = Anexar um documento
upload-choose = Escolher um ficheiro…
upload-take-photo = Tirar uma fotografia
upload-keep-original = Enviar as fotografias no tamanho original (caso contrário, são primeiro reduzidas neste dispositivo)
date-day = Dia
date-month = Mês
date-year = Ano
upload-help = PDF, imagem ou documento de escritório, até 20 MB.
upload-question = O documento responde a
upload-no-question = Nenhuma pergunta em particular
upload-question-number = Pergunta { $number }
upload-progress = Progresso do carregamento

## Notificações por correio eletrónico ($event é uma das mensagens event-*)
email-subject = Pedido { $number }: { $event }
email-body = Exmo.(a) Sr.(a) { $name },

    { $authority } efetuou uma ação no pedido { $number }: { $event }.

    Abrir o pedido: { $link }

    Esta mensagem foi enviada pelo Sistema de Informação do Mercado Interno. Solicitamos que não responda a esta mensagem.

## Notificações
notifications-label = Notificações
notifications-unread = { $count ->
    [one] { $count } notificação não lida
   *[other] { $count } notificações não lidas
}
notifications-empty = Não há notificações.
notifications-mark-all-read = Marcar todas como lidas
notification-item = { $number }: { $event }

## Distribuição e coordenação
request-assigned-to = Atribuído a { $name }
request-assign-label = Gestor responsável
request-unassigned = Não atribuído
toast-assigned = O gestor responsável foi alterado.
toast-saved = Guardado.
inbox-allocation-toggle = Um distribuidor atribui cada pedido recebido a um dos gestores de pedidos da sua autoridade
event-assigned = Atribuído a um gestor
event-reminded = Lembrete do coordenador
event-inactive = Sem atividade há dois meses
event-rectified = Dados pessoais retificados
nav-coordination = Coordenação
coordination-title = Pedidos sem atividade
coordination-intro = Pedidos das autoridades do seu país que estão sem atividade há mais de dois meses. Abra um para o reencaminhar ou envie um lembrete à autoridade a quem cabe agir.
coordination-empty = Nenhum pedido está sem atividade há mais de dois meses.
coordination-last-change = Última alteração: { $date }
coordination-remind = Enviar um lembrete
toast-reminded = O lembrete foi enviado.

## Tradução automática de texto livre
request-translate = Traduzir para a minha língua
request-info-asked = A autoridade { $authority } pede as seguintes informações:
request-translation-unavailable = Este texto está noutra língua e a tradução automática não está configurada neste servidor.
request-machine-translation = Tradução automática:

## Filtros da vista geral
inbox-state-label = Estado
inbox-any-state = Todos os estados
inbox-from-label = Alterados a partir de
inbox-to-label = Alterados até
inbox-assigned-to-me = Apenas os pedidos que me foram atribuídos

## Administração do registo (coordenadores do IMI) e gestão de utilizadores (administradores locais de dados)
email-invitation-subject = A sua conta no Sistema de Informação do Mercado Interno (IMI): { $authority }
email-invitation-body = Exmo.(a) Sr.(a) { $name },

    { $inviter } criou para si uma conta no Sistema de Informação do Mercado Interno (IMI), associada a { $authority }.

    Para a ativar, abra a seguinte ligação e escolha a sua palavra-passe: { $link }

    A ligação só pode ser utilizada uma vez e é válida durante { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }. Se não esperava esta mensagem, pode ignorá-la.

error-edit-conflict = Estes dados foram guardados por outra pessoa depois de os ter aberto. Recarregue a página para ver as alterações dessa pessoa e, em seguida, introduza novamente as suas.
error-invalid-parameter = O endereço desta página não é válido. Verifique a ligação ou volte atrás e tente novamente.
error-rate-limited = Esta ação foi efetuada há muito pouco tempo e ainda não pode ser repetida. Tente novamente mais tarde.
error-second-factor-required = Introduza o código da sua aplicação de autenticação.
error-invalid-second-factor = O código está incorreto ou expirou. Introduza o código que a aplicação mostra agora.
error-second-factor-setup-required = As suas funções exigem a autenticação de dois fatores. Para continuar, configure-a na página da sua conta.
error-storage-full = Não foi possível armazenar o documento porque o espaço de armazenamento do servidor está cheio. Nada foi guardado; informe o administrador do IMI.
error-personal-data-blocked = Os dados pessoais deste pedido estão bloqueados nos termos das regras de conservação: não é possível acrescentar-lhe nada.
error-idempotency-key-reused = Esta alteração já foi enviada com um conteúdo diferente. Recarregue a página e efetue-a novamente.
error-request-in-progress = Esta alteração ainda está a ser processada. Aguarde um momento e tente novamente.
error-device-storage-full = Este dispositivo já não tem espaço para guardar a alteração até ao restabelecimento da ligação. Nada foi guardado: liberte espaço no dispositivo ou efetue a alteração quando estiver ligado à rede.
error-too-large-to-keep = Este documento é demasiado grande para ser guardado no dispositivo até ao restabelecimento da ligação. Anexe-o quando estiver ligado à rede.
nav-registry = Registo
nav-users = Utilizadores
registry-title = Administração do registo
registry-intro = Registe as autoridades do seu país ou importe várias de uma só vez a partir de um ficheiro CSV. Para corrigir os dados de uma autoridade, procure-a na pesquisa e abra o respetivo perfil.
registry-new = Registar uma autoridade
registry-import-title = Importar a partir de um ficheiro CSV
registry-import-help = Uma autoridade por linha, com as colunas descritas no guia de importação. Se alguma linha estiver errada, nada é importado; importar novamente o mesmo ficheiro não altera nada.
registry-import-file = Ficheiro CSV
registry-import-progress = Progresso da importação
registry-import-done = Importação concluída: { $created } novas, { $updated } atualizadas, { $unchanged } sem alterações.
registry-import-refused = Nada foi importado. Corrija estas linhas e importe novamente o ficheiro:
registry-import-line = Linha
registry-import-column = Coluna
registry-import-reason = Problema
form-title-new = Registar uma autoridade
form-title-edit = Editar { $name }
form-errors = Corrija os campos assinalados.
form-name = Nome na língua da própria autoridade
form-name-language = Língua do nome
form-other-names = Nomes noutras línguas oficiais
form-other-name = Outro nome { $number }
form-other-name-add = Acrescentar um nome noutra língua
form-other-name-remove = Remover
form-name-en = Nome em inglês
form-city = Cidade
form-level-help = Parte do território nacional em que a autoridade é competente. Se várias autoridades corresponderem igualmente a uma pesquisa, é apresentada em primeiro lugar a de âmbito nacional.
form-phone-help = Em formato internacional, por exemplo +371 6701 2345.
form-competences-filter = Procurar uma competência a acrescentar
form-administrator = Primeiro administrador local de dados
form-administrator-help = Esta pessoa recebe um convite por correio eletrónico, escolhe uma palavra-passe e passa depois a gerir os utilizadores da autoridade.
form-person-name = Nome completo
form-invitation-language = Língua do convite
form-save = Guardar
form-register = Registar
form-cancel = Cancelar
profile-edit = Editar
authority-send-request = Enviar um pedido a esta autoridade
profile-area-coordinator = Coordenador do IMI para os respetivos domínios legislativos
profile-other-names = Outros nomes
profile-registered-by = Registada por
profile-registered-by-value = { $user }, { $authority }
users-title = Utilizadores
users-roles = Funções
users-active = Ativo
users-pending = Convite ainda não aceite
users-invitation-expired = Convite expirado
users-resend-invitation = Reenviar o convite
toast-invitation-resent = Foi enviado um novo convite; a ligação anterior deixou de ser válida.
users-inactive = Desativado
users-invited-by = Convite enviado por { $name }
users-may-log-in = Pode iniciar sessão
users-invite-title = Convidar um colega
users-invite = Enviar o convite
toast-invited = O convite foi enviado.
invitation-title = Boas-vindas ao IMI
invitation-intro = { $name }, recebeu um convite para utilizar o Sistema de Informação do Mercado Interno em nome de { $authority } ({ $country }). Escolha a sua palavra-passe para ativar a sua conta.
password-help = { $count ->
    [one] Pelo menos { $count } carácter. Algumas palavras sem relação entre si formam uma boa palavra-passe; não são aceites palavras-passe comuns nem palavras-passe que contenham o seu nome ou o seu endereço de correio eletrónico.
   *[other] Pelo menos { $count } caracteres. Algumas palavras sem relação entre si formam uma boa palavra-passe; não são aceites palavras-passe comuns nem palavras-passe que contenham o seu nome ou o seu endereço de correio eletrónico.
}
invitation-repeat = Repita a palavra-passe
invitation-mismatch = As duas palavras-passe não coincidem.
invitation-accept = Ativar a minha conta
invitation-invalid = Esta ligação de convite é desconhecida, já foi utilizada ou expirou. Peça um novo convite ao administrador local de dados da sua autoridade ou ao coordenador do IMI.
field-error-invalid-email = Endereço de correio eletrónico inválido.
field-error-invalid-phone = Não é um número de telefone em formato internacional (+ seguido de algarismos).
field-error-not-yours = Fora dos domínios legislativos que coordena.
field-error-taken = Já utilizado por outra conta.
field-error-too-short = Demasiado curto.
field-error-last-administrator = A autoridade tem de manter pelo menos um administrador local de dados ativo.
field-error-control-character = Contém um carácter de controlo ou um carácter que altera a direção do texto. Remova-o.
field-error-not-own-country = Escolha uma autoridade do seu próprio país.
field-error-too-personal = Não pode conter o seu endereço de correio eletrónico nem o seu nome.
field-error-too-guessable = Demasiado fácil de adivinhar: é uma palavra-passe comum ou muito semelhante a uma. Utilize uma frase mais longa, composta por palavras sem relação entre si.
field-error-wrong-code = O código está incorreto ou expirou.
field-error-no-setup = A configuração não foi iniciada ou foi substituída. Inicie-a novamente.
field-error-no-second-factor = A autenticação de dois fatores não está ativada.
field-error-required-by-role = As suas funções exigem a autenticação de dois fatores, pelo que não é possível desativá-la.
field-error-wrong-password = A palavra-passe está incorreta.
field-error-self = Não pode desativar a sua própria conta.
field-error-other-country = Pertence a outro país.
field-error-not-utf8 = O ficheiro não é texto UTF-8. Guarde-o a partir da sua folha de cálculo no formato «CSV UTF-8».
field-error-unreadable = Não é possível ler esta linha como CSV.
field-error-unknown-column = Coluna desconhecida.
field-error-missing-column = Falta uma coluna obrigatória.
field-error-wrong-column-count = Esta linha não tem o mesmo número de células que o cabeçalho.
field-error-too-many-rows = Demasiadas linhas: no máximo, 20 000 por ficheiro.
field-error-invalid-format = Não está no formato esperado.
field-error-duplicate-of-line = A mesma referência que na linha { $line }.
field-error-out-of-range = Fora do intervalo permitido.
field-error-out-of-range-between = Tem de estar entre { $min } e { $max }.
field-error-invalid-date = Não é uma data válida.
field-error-nonexistent-date = Esta data não existe.
field-error-invalid-person-name = Não é um nome de pessoa.
field-error-invalid-register-reference = Não é um número de registo válido.
field-error-unknown-country = País não reconhecido pelo sistema.
field-error-unknown-placeholder = Marcador de posição não reconhecido pelo sistema.
field-error-unexpected = Não faz parte das perguntas escolhidas.
field-error-line-break = Tem de caber numa só linha.
field-error-none-left = Tem de permanecer pelo menos uma pergunta no pedido.
field-error-not-a-handler = Não é um gestor de pedidos ativo desta autoridade.
field-error-not-a-coordinator = Não é um coordenador.
field-error-not-asked = Não é uma das perguntas do pedido.
field-error-not-here = Não é possível aqui.
field-error-unterminated = Um marcador de posição foi aberto, mas não foi fechado.
field-error-empty-name = Um marcador de posição não tem nome.
field-error-invalid-name = O nome de um marcador de posição não é válido.
field-error-mismatched-delimiters = Os parênteses não correspondem.
field-error-nested = Um marcador de posição está dentro de outro.
field-error-wrong-kind = Este tipo de resposta não é adequado à pergunta.
field-error-no-attachment = Não há nenhum documento anexado a esta pergunta.

## Conta: autenticação de dois fatores, sessões e palavra-passe
login-code = Código da aplicação de autenticação
login-code-intro = A sua conta utiliza a autenticação de dois fatores. Introduza o código que a sua aplicação de autenticação mostra agora.
login-code-help = Seis algarismos da aplicação ou um dos seus códigos de recuperação.
user-account = A sua conta
account-title = A sua conta
account-second-factor-title = Autenticação de dois fatores
account-second-factor-intro = Depois da palavra-passe, o início de sessão pede um código de seis algarismos gerado por uma aplicação de autenticação no seu telemóvel, como FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator.
account-second-factor-required = As suas funções (administrador local de dados ou coordenador do IMI) exigem a autenticação de dois fatores. Configure-a agora para continuar.
account-second-factor-on = { $count ->
    [one] A autenticação de dois fatores está ativada. Resta { $count } código de recuperação.
   *[other] A autenticação de dois fatores está ativada. Restam { $count } códigos de recuperação.
}
account-second-factor-off = A autenticação de dois fatores está desativada.
account-second-factor-start = Configurar a autenticação de dois fatores
account-second-factor-scan = Leia este código com a sua aplicação de autenticação ou introduza nela a chave indicada abaixo. Em seguida, introduza o código que a aplicação mostra.
account-second-factor-qr = Código QR para adicionar a sua conta a uma aplicação de autenticação
account-second-factor-key = Chave
account-second-factor-code = Código da aplicação
account-second-factor-confirm = Ativar a autenticação de dois fatores
account-second-factor-disable = Desativar a autenticação de dois fatores
account-recovery-title = Códigos de recuperação
account-recovery-intro = Guarde estes códigos num local seguro, longe do seu telemóvel. Cada um permite iniciar sessão uma vez, caso perca o telemóvel. Só são mostrados agora.
account-recovery-done = Já os guardei
account-recovery-renew = Gerar novos códigos de recuperação
account-sessions-title = Onde tem sessão iniciada
account-session-browser = Navegador
account-session-address = Endereço IP
account-session-started = Iniciada em
account-session-ends = Expira em
account-session-current = Esta sessão
account-session-unknown = Desconhecido
account-session-end = Terminar essa sessão
account-sessions-end-others = Terminar todas as outras sessões
account-password-title = Palavra-passe
account-password-current = Palavra-passe atual
account-password-new = Nova palavra-passe
account-password-repeat = Repita a nova palavra-passe
account-password-change = Alterar a palavra-passe
toast-second-factor-on = A autenticação de dois fatores foi ativada.
toast-second-factor-off = A autenticação de dois fatores foi desativada.
toast-recovery-renewed = Foram gerados novos códigos de recuperação; os anteriores deixaram de funcionar.
toast-session-ended = Essa sessão foi terminada.
toast-sessions-ended = As suas outras sessões foram terminadas.
toast-password-changed = A sua palavra-passe foi alterada e as suas outras sessões foram terminadas.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Estatísticas
## $number é um número escrito como no formato local do leitor e $count o mesmo número como valor
## numérico (para a forma do plural). $from, $to e $today são datas; $value, $green e $red são valores
## já escritos no formato local do leitor (uma percentagem ou dias); $zone é um fuso horário
## (UTC); $indicator é o nome de um dos valores statistics-figure-*.
nav-statistics = Estatísticas
statistics-title = Estatísticas
statistics-intro = Quantos pedidos circulam, com que rapidez são aceites e respondidos e como as autoridades requerentes avaliam as respostas. Estes números não incluem pessoas, nomes nem textos.
statistics-print = Imprimir
statistics-filters = Filtros
statistics-from = De
statistics-to = Até
statistics-partner = País parceiro
statistics-direction = Sentido
statistics-direction-all = Enviados e recebidos
statistics-direction-sent = Enviados
statistics-direction-received = Recebidos
statistics-granularity = Periodicidade da série
statistics-granularity-month = Mês
statistics-granularity-quarter = Trimestre
statistics-granularity-year = Ano
statistics-whose = Dados relativos a
statistics-scope-everything = Todos os países
statistics-scope-areas = { $country }: os seus domínios
statistics-scope-authority = A sua autoridade
statistics-your-areas = Os seus domínios legislativos
statistics-period = Pedidos enviados de { $from } a { $to }
statistics-as-of = Os dias são dias de calendário em { $zone }; dados à data de { $today }.
statistics-volumes-heading = Volume de pedidos
statistics-performance-heading = Rapidez e satisfação
statistics-performance-intro = A rapidez e a satisfação são as da parte que responde: contabilizam os pedidos enviados a estas autoridades no período. Cada valor indica em quantos pedidos se baseia; um valor baseado em poucos pedidos pode variar muito.
statistics-figure-sent = Pedidos enviados
statistics-figure-received = Pedidos recebidos
statistics-figure-open-now = Em aberto atualmente
statistics-figure-overdue-now = Em atraso atualmente
statistics-figure-accepted-in-time = Aceites no prazo de 7 dias
statistics-figure-average-days = Média de dias até à resposta
statistics-figure-median-days = Mediana de dias até à resposta
statistics-figure-by-agreed-date = Respondidos até à data acordada
statistics-figure-within-two-weeks = Respondidos no prazo de duas semanas
statistics-figure-negative-timeliness = Avaliações negativas do cumprimento do prazo
statistics-figure-negative-effort = Avaliações negativas da qualidade da resposta
statistics-what-is-counted = O que é contabilizado
statistics-definition-sent = Pedidos enviados por estas autoridades no período, cada um contabilizado no dia em que foi enviado. Os rascunhos nunca são contabilizados. Um pedido reencaminhado conta uma única vez; um pedido separado de outro é um pedido autónomo, enviado no dia em que foi separado; um pedido retirado continua a ser contabilizado. Os dias são dias de calendário em UTC.
statistics-definition-received = Pedidos enviados a estas autoridades no período, cada um contabilizado no dia em que foi enviado. Um pedido reencaminhado conta uma única vez, para a autoridade que o detém em último lugar; um pedido retirado continua a ser contabilizado. Os dias são dias de calendário em UTC.
statistics-definition-open-now = Pedidos destas autoridades, enviados ou recebidos, que hoje aguardam aceitação, foram aceites ou aguardam informações, independentemente da data em que foram enviados: este valor não se limita ao período.
statistics-definition-overdue-now = Dos pedidos atualmente em aberto, aqueles cujo prazo acordado já foi ultrapassado à data de hoje (dias de calendário em UTC). Este valor também não se limita ao período.
statistics-definition-accepted-in-time = Dos pedidos recebidos que foram aceites, ou que aguardam há mais de 7 dias sem terem sido aceites, a proporção dos que foram aceites, no máximo, 7 dias de calendário após a receção. Considera-se que um pedido é recebido no dia em que foi enviado ou, se tiver sido reencaminhado, no dia do último reencaminhamento, para que não sejam imputados a uma autoridade os dias em que o pedido esteve com outra. Um pedido retirado só é contabilizado se tiver sido aceite. Os dias são dias de calendário em UTC.
statistics-definition-average-days = O número médio de dias de calendário (UTC) entre a receção (o dia do envio ou do último reencaminhamento) e a primeira resposta, calculado sobre os pedidos recebidos que foram respondidos. Se tiverem sido pedidos esclarecimentos após uma resposta, continua a contar a primeira resposta.
statistics-definition-median-days = O valor central desses mesmos números de dias entre a receção e a primeira resposta: metade das respostas demorou esse tempo ou menos. Se o número de respostas for par, é o menor dos dois valores centrais.
statistics-definition-by-agreed-date = Dos pedidos respondidos que têm um prazo acordado, a proporção dos que tiveram a primeira resposta nesse dia ou antes (dias de calendário em UTC).
statistics-definition-within-two-weeks = Dos pedidos respondidos, a proporção dos que tiveram a primeira resposta, no máximo, 14 dias de calendário (UTC) após a receção (o dia do envio ou do último reencaminhamento).
statistics-definition-negative-timeliness = Dos pedidos recebidos que a autoridade requerente avaliou ao encerrá-los, a proporção daqueles cuja resposta foi avaliada negativamente quanto ao cumprimento do prazo.
statistics-definition-negative-effort = Dos pedidos recebidos que a autoridade requerente avaliou ao encerrá-los, a proporção daqueles cuja resposta foi avaliada negativamente quanto à qualidade.
statistics-no-figure = Sem pedidos
statistics-based-on = { $count ->
    [one] Com base em { $number } pedido
   *[other] Com base em { $number } pedidos
}
statistics-eea = EEE
statistics-eea-value = EEE: { $value }
statistics-band-green = Bom
statistics-band-yellow = A acompanhar
statistics-band-red = Fraco
statistics-legend-title = Limiares das faixas
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: bom a partir de { $green }, fraco abaixo de { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: bom abaixo de { $green }, fraco acima de { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: bom a partir de { $green }, fraco abaixo de { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: bom abaixo de { $green }, fraco a partir de { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: bom abaixo de { $green }, fraco a partir de { $red }.
statistics-quarter = { $quarter }.º trimestre de { $year }
statistics-quarter-short = T{ $quarter }
statistics-charts-heading = Evolução ao longo do tempo
statistics-volumes-title = Pedidos enviados e recebidos
statistics-acceptance-title = Proporção de pedidos aceites no prazo de 7 dias
statistics-days-title = Média de dias até à resposta
statistics-axis-requests = Pedidos
statistics-axis-share = Proporção
statistics-axis-days = Dias
statistics-show-table = Mostrar em tabela
statistics-tables-heading = Desagregações
statistics-column-period = Período
statistics-column-sent = Enviados
statistics-column-received = Recebidos
statistics-column-based-on = Com base em (pedidos)
statistics-column-area = Domínio legislativo
statistics-column-partner = País parceiro
statistics-column-country = País
statistics-column-from-to = De (linhas) para (colunas)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Pedidos por domínio legislativo
statistics-by-partner-title = Pedidos por país parceiro
statistics-by-partner-intro = O parceiro é o país do outro lado: o país destinatário de um pedido enviado e o país requerente de um pedido recebido.
statistics-exchanges-title = Pedidos entre países
statistics-exchanges-intro = Cada linha corresponde a um país requerente e cada coluna a um país destinatário; só são indicados os países com pedidos no período.
statistics-scoreboard-title = Painel de avaliação dos países destinatários
statistics-scoreboard-intro = Os indicadores de cada país enquanto destinatário, relativos aos pedidos que recebeu no período, com as respetivas faixas segundo os limiares acima indicados.
statistics-csv = Descarregar em CSV
statistics-csv-failed = Este navegador não conseguiu gerar o ficheiro.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: faixa
statistics-csv-based-on = { $indicator }: com base em (pedidos)
statistics-empty-title = Sem pedidos neste período
statistics-empty-body = Não foi enviado neste período nenhum pedido correspondente a estes filtros. Escolha um período mais longo ou menos filtros.
statistics-error-before-start = Não pode ser anterior ao primeiro dia do período.
statistics-error-too-long = { $count ->
    [one] O período pode ter, no máximo, { $days } dia.
   *[other] O período pode ter, no máximo, { $days } dias.
}

## Alertas: uma autoridade alerta muitas outras

role-alert_coordinator = Coordenador de alertas
field-error-before-start = Não pode ser anterior à data a partir da qual a decisão é aplicável.
alert-state-draft = Rascunho
alert-state-awaiting-approval = A aguardar a aprovação do coordenador de alertas
alert-state-sent = Enviado
alert-state-closure-proposed = Encerramento proposto
alert-state-closed = Encerrado
alert-state-withdrawn = Retirado
alert-action-edit = Editar
alert-action-delete = Eliminar rascunho
alert-action-send = Enviar alerta
alert-action-approve = Aprovar e enviar
alert-action-reject = Devolver ao remetente
alert-action-acknowledge = Confirmar a receção em nome do país
alert-action-pass-on = Transmitir às autoridades
alert-action-acknowledge-receipt = Confirmar a receção
alert-action-modify = Alterar
alert-action-withdraw = Retirar
alert-action-propose-closure = Propor o encerramento
alert-action-reject-closure = Manter o alerta aberto
alert-action-close = Encerrar alerta
alert-event-created = Rascunho criado
alert-event-submitted = Submetido a aprovação
alert-event-approved = Aprovado pelo coordenador de alertas
alert-event-rejected = Devolvido ao remetente
alert-event-sent = Alerta enviado
alert-event-acknowledged = Receção confirmada pelo coordenador de alertas do país
alert-event-passed-on = Transmitido às autoridades competentes
alert-event-receipt-acknowledged = Receção confirmada pela autoridade
alert-event-modified = Alerta alterado
alert-event-withdrawn = Alerta retirado
alert-event-withdrawn-wrong = Alerta retirado: revelou-se infundado
alert-event-closure-proposed = Encerramento proposto
alert-event-closure-rejected = O alerta mantém-se aberto
alert-event-closed = Alerta encerrado
alert-event-end-reminder = A decisão deixou de ser aplicável: encerre ou retire o alerta
alert-event-late-reminder = Em atraso: a decisão deixou de ser aplicável há mais de 3 dias e o alerta continua aberto
email-alert-subject = Alerta { $number }: { $event }
email-alert-body = Exmo.(a) Sr.(a) { $name },

    { $authority } efetuou uma ação no alerta { $number } ({ $kind }): { $event }.

    Abrir o alerta: { $link }

    Esta mensagem foi enviada pelo Sistema de Informação do Mercado Interno. Solicitamos que não responda a esta mensagem.

alert-delivery-received = Recebido, receção ainda não confirmada
alert-delivery-acknowledged = Receção confirmada
alert-delivery-passed-on = Transmitido às autoridades competentes
alert-box-drafts = Rascunhos de alertas
alert-box-sent = Alertas enviados
alert-box-to-approve = Alertas por aprovar
alert-box-to-acknowledge = Alertas com receção por confirmar
alert-box-received = Alertas recebidos

## Alerts: the pages

nav-alerts = Alertas
alerts-title = Alertas
alerts-intro = Os alertas avisam as autoridades competentes de outros países acerca de um profissional ou de um prestador de serviços: proibição ou restrição do exercício da atividade, diploma falsificado, perigo para a saúde, a segurança ou o ambiente.
alerts-boxes = Listas de alertas
alerts-new = Novo alerta
alerts-check-link = Verificar um profissional
alerts-in-force = Alertas em vigor
alerts-unread = Atualizações de alertas não lidas
# Anunciado pelos leitores de ecrã quando aumenta o número de atualizações de alertas não lidas.
live-alert-news = { $count ->
    [one] { $count } atualização de alerta não lida
   *[other] { $count } atualizações de alertas não lidas
}
alerts-empty-title = Não há alertas
alerts-empty-body = Os alertas que chegarem ao seu país ou à sua autoridade, bem como os que a sua autoridade enviar, serão apresentados aqui.
alerts-total = { $count ->
    [one] { $count } alerta
   *[other] { $count } alertas
}
alert-title = Alerta { $number }
alert-title-unknown = Alerta
alert-subject-withheld = Dados pessoais não apresentados
alert-unread = Novidades desde a última vez que o abriu
alert-from-country = País de origem: { $country }
alert-details = Pormenores
alert-sender = Autoridade remetente
alert-sent-at = Data de envio
alert-revision-label = Alterações
alert-revision = { $count ->
    [one] Alterado uma vez desde o envio
   *[other] Alterado { $count } vezes desde o envio
}
alert-personal-hidden = Os dados pessoais deste alerta só são apresentados ao remetente, aos coordenadores de alertas e às autoridades às quais o alerta foi transmitido.
alert-comment = Observações
alert-comment-help = Para os destinatários: o que devem saber para além dos campos acima. Redija na sua própria língua; cada leitor pode obter uma tradução automática do texto.
alert-late-reason = Motivo do envio tardio do alerta
alert-proved-wrong = Este alerta foi retirado por se ter revelado infundado.
alert-due-left = { $days ->
    [0] O prazo termina hoje: um alerta tem de ser enviado no prazo de 3 dias a contar da decisão.
    [one] Resta { $days } dia para enviar este alerta.
   *[other] Restam { $days } dias para enviar este alerta.
}
alert-due-late = { $days ->
    [one] { $days } dia de atraso: indique o motivo do envio tardio do alerta.
   *[other] { $days } dias de atraso: indique o motivo do envio tardio do alerta.
}
alert-actions = Ações disponíveis
alert-note = Motivo
alert-note-help = Obrigatório para devolver ou retirar o alerta ou para propor o seu encerramento; todos os destinatários o leem.
alert-note-missing = Indique primeiro o motivo.
alert-withdraw-proved-wrong = O alerta revelou-se infundado: informar desse facto todos os destinatários
alert-conflict = { $error } Estado atual do alerta: { $state }.
alert-deliveries = Destinatários
alert-deliveries-summary = { $count ->
    [one] Receção confirmada por { $acknowledged } de { $count } país.
   *[other] Receção confirmada por { $acknowledged } de { $count } países.
}
alert-column-country = País
alert-column-delivery = Coordenador de alertas
alert-column-authorities = Autoridades competentes
alert-received-at = recebido em { $date }
alert-acknowledged-at = receção confirmada em { $date }
alert-not-acknowledged = receção ainda não confirmada
alert-read-at = lido em { $date }
alert-not-read = ainda não lido
alert-no-recipients = Ainda não transmitido
alert-timeline = Histórico
alert-event-for-country = país: { $country }
alert-pass-on-title = Transmitir às autoridades competentes
alert-pass-on-help = O registo sugere as autoridades do seu país competentes para esta profissão ou atividade. Desmarque as que não devem receber o alerta ou acrescente outras.
alert-pass-on-none = O registo não conhece nenhuma autoridade do seu país competente para esta profissão ou atividade. Acrescente as autoridades que devem receber o alerta.
alert-pass-on-already = (já recebeu o alerta)
alert-pass-on-add = Acrescentar outra autoridade
alert-pass-on-own-country = Os alertas só podem ser transmitidos a autoridades do seu próprio país.
alert-pass-on-submit = { $count ->
    [one] Transmitir a { $count } autoridade
   *[other] Transmitir a { $count } autoridades
}
alert-compose-title = Novo alerta
alert-draft-title = Rascunho de alerta { $number }
alert-modify-title = Alterar o alerta { $number }
alert-step-kind = Tipo de alerta
alert-step-fields = Pormenores
alert-step-countries = Países
alert-step-review = Observações e envio
alert-kind-legal-basis = Base jurídica: { $basis }
alert-choose-kind-first = Escolha primeiro o tipo de alerta.
alert-field-required = { $label } (obrigatório)
alert-choose = Escolher…
alert-countries-all = Este alerta é enviado aos coordenadores de alertas dos 30 países do EEE.
alert-countries-choose = Escolha os países em que o prestador exerce atividade ou em que o risco pode ocorrer.
alert-countries-always = O país de estabelecimento ({ $country }) recebe sempre este alerta.
alert-countries-none = Ainda não foi escolhido nenhum país.
alert-goes-to = Países destinatários: { $countries }
alert-approval-note = Os alertas do seu país são aprovados pelo respetivo coordenador de alertas antes de serem enviados.
alert-modify-note = Todos os destinatários são informados de que o alerta foi alterado.
alert-problems = Elementos por completar
alert-incomplete = O alerta ainda não está completo. As partes em falta estão assinaladas.
alert-save-draft = Guardar o rascunho
alert-save-modification = Guardar a alteração
alert-submit = Submeter a aprovação
alert-check-title = Este profissional pode exercer a profissão?
alert-check-intro = Pesquise por nome os alertas em vigor relativos a qualificações profissionais que chegaram ao seu país ou à sua autoridade. São tolerados os acentos e um erro de digitação. Um alerta encontrado significa que se aplica uma proibição ou restrição no respetivo país; a ausência de alertas não prova que o profissional possa exercer sem restrições.
alert-check-name = Nome do profissional
alert-check-profession = Profissão
alert-check-any-profession = Todas as profissões
alert-check-submit = Pesquisar alertas
alert-check-none = Não há nenhum alerta em vigor relativo a { $name }.
alert-check-found = { $count ->
    [one] Foi encontrado { $count } alerta em vigor
   *[other] Foram encontrados { $count } alertas em vigor
}
toast-alert-saved = O rascunho foi guardado.
toast-alert-sent = O alerta foi enviado.
toast-alert-submitted = O alerta foi submetido a aprovação.
toast-alert-modified = O alerta foi alterado; os destinatários foram informados.
toast-alert-deleted = O rascunho foi eliminado.
toast-alert-passed-on = O alerta foi transmitido.
toast-alert-done = Ação concluída: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Está sem ligação à rede. Os pedidos que abriu continuam legíveis; as respostas, mensagens e documentos que acrescentar são guardados neste dispositivo e enviados quando a ligação for restabelecida.
update-ready = Está disponível uma nova versão do sistema.
update-reload = Carregar a nova versão

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Uma alteração efetuada sem ligação aguarda envio.
   *[other] { $count } alterações efetuadas sem ligação aguardam envio.
}
queue-sending = A enviar as alterações efetuadas sem ligação…
queue-attention = { $count ->
    [one] Uma alteração efetuada sem ligação não foi enviada e requer a sua decisão.
   *[other] { $count } alterações efetuadas sem ligação não foram enviadas e requerem a sua decisão.
}
queue-title = A aguardar envio
queue-intro = Estas alterações foram efetuadas sem ligação e estão guardadas neste dispositivo. São enviadas por ordem logo que a ligação seja restabelecida.
queue-kind-answers = Respostas (guardadas, não enviadas à autoridade requerente)
queue-kind-answer = Respostas a enviar à autoridade requerente
queue-kind-message = Mensagem
queue-kind-document = Documento «{ $name }» ({ $size } kB)
queue-made-at = Redigido em { $time }
queue-status-waiting = A aguardar a ligação.
queue-status-conflict = Não enviado: o pedido foi alterado depois de ter redigido isto e encontra-se agora no estado «{ $state }». Veja o que mudou no histórico abaixo e, em seguida, envie a alteração mesmo assim ou descarte-a.
queue-status-refused = Não enviado: { $error }
queue-send-anyway = Enviar mesmo assim
queue-edit = Editar
queue-discard = Descartar
queue-discard-confirm = Descartar esta alteração? O que redigiu será eliminado deste dispositivo.
queue-logout-confirm = { $count ->
    [one] Uma alteração efetuada sem ligação ainda não foi enviada. Ao terminar a sessão, será eliminada deste dispositivo. Terminar a sessão mesmo assim?
   *[other] { $count } alterações efetuadas sem ligação ainda não foram enviadas. Ao terminar a sessão, serão eliminadas deste dispositivo. Terminar a sessão mesmo assim?
}
toast-queued = Sem ligação: a alteração fica guardada neste dispositivo e será enviada quando a ligação for restabelecida.
toast-queue-sent = { $count ->
    [one] A alteração efetuada sem ligação foi enviada.
   *[other] As { $count } alterações efetuadas sem ligação foram enviadas.
}

## Inspeções no local: tipo de pedido e relatório de inspeção com as assinaturas das pessoas presentes
compose-kind-label = O que pede?
request-kind-information = Informações
request-kind-information-help = A outra autoridade responde às suas perguntas com base nos seus registos e processos.
request-kind-inspection = Inspeção no local
request-kind-inspection-help = A outra autoridade inspeciona as instalações, os equipamentos ou o local em causa e comunica as suas constatações, com fotografias e as assinaturas das pessoas presentes.
request-checklist = { $count ->
    [one] Lista de verificação: um ponto
   *[other] Lista de verificação: { $count } pontos
}
inspection-title = Relatório de inspeção
inspection-help = Registe a inspeção à medida que a realiza: responda à lista de verificação acima, anexe fotografias como documentos e, em seguida, indique o dia e o local e peça a cada pessoa presente que assine aqui. A resposta pode ser enviada depois de ter assinado.
inspection-pending = O relatório de inspeção é apresentado aqui juntamente com a resposta.
inspection-inspected-on = Dia da inspeção
inspection-place = Local inspecionado
inspection-place-help = O endereço e o local ou as instalações (por exemplo: estaleiro de obra, portão 2).
inspection-present = Pessoas presentes
inspection-signer-name = Nome completo
inspection-signer-role = Na qualidade de
inspection-signer-refused = Recusou-se a assinar
inspection-signer-unnamed = pessoa presente
inspection-signer-unsigned = Só passa a fazer parte do relatório depois de assinar ou de se recusar a assinar.
inspection-signer-add = Acrescentar uma pessoa presente
inspection-signer-remove = Remover esta pessoa
inspection-signature-of = Assinatura: { $name }
inspection-signature-clear = Apagar a assinatura
inspection-signature-needed = A assinatura do inspetor é necessária para que a resposta possa ser enviada.
inspection-refused-to-sign = A pessoa recusou-se a assinar.
signer-role-inspector = Inspetor
signer-role-provider-representative = Representante do prestador ou do empregador
signer-role-worker = Trabalhador
signer-role-witness = Testemunha
queue-kind-report = Relatório de inspeção (guardado, não enviado à autoridade requerente)
