# newsdesk en español.

## Command descriptions
command-digest = Las noticias principales de una sección desde tu último resumen
command-more = Las siguientes noticias de tu último resumen de una sección
command-briefing = Tu boletín ahora, o fija su hora: /briefing 07:00 Europe/Madrid weekdays, /briefing off
command-latest = Las noticias más recientes de tus secciones
command-summary = Resumir un artículo: indica su id (de un resumen) o su enlace
command-sections = Las secciones de noticias a las que puedes suscribirte
command-subscribe = Suscribir este chat a los resúmenes y al boletín matinal de una sección
command-unsubscribe = Dar de baja este chat de una sección
command-subscriptions = Secciones, temas, hora del boletín, horas de silencio e idioma de este chat
command-source = Tus propias fuentes: /source add <url> [nombre], list, remove <nombre>, export o import (OPML)
command-follow = Recibir un aviso cuando una noticia menciona un tema, p. ej. APT31 | Zirconium
command-unfollow = Dejar de recibir avisos de un tema seguido
command-following = Los temas que sigue este chat
command-quiet = Retener los avisos en horas de silencio, p. ej. /quiet 22:00-07:00; /quiet off
command-language = El idioma de las respuestas de este chat: /language es; sin código lo muestra
command-status = El estado de las fuentes de este chat, su próximo boletín y los avisos de fuentes
command-help = Lo que hace newsdesk; /help <comando> para las opciones y límites de un comando
command-admin = Solo operadores: estadísticas, recargar las fuentes, pausar o reanudar un chat

## /help
help-subtitle = Boletines de noticias: resúmenes por sección, resúmenes de artículos y avisos de temas.
help-footer = Opciones y límites de un comando: /help follow

## /language
language-option = Un código de idioma, p. ej. de, es, fr, ru o en
language-current = El idioma de este chat es { $name } ({ $code }). Idiomas: { $list }. Cámbialo con /language <código>.
language-set = A partir de ahora newsdesk responde en este chat en { $name } ({ $code }).
language-unknown = «{ $typed }» no es un idioma que newsdesk hable. Idiomas: { $list }. Prueba /language { $example }.

## Digest and briefing headers
story-count = { $count ->
    [one] { $count } noticia
   *[other] { $count } noticias
  }
digest-title = Resumen de { $section }
digest-title-continued = Resumen de { $section }, continuación
digest-first-page = { $shown } de { $total } noticias
digest-later-page = { $count ->
    [one] noticia { $first }
   *[other] noticias { $first }–{ $last }
  } de { $total }
digest-more = { $count ->
    [one] { $count } noticia más
   *[other] { $count } noticias más
  }: /more { $section }
briefing-title = Tu boletín — { $date }

## Answers every command shares
apology = Lo sentimos, algo ha fallado por nuestra parte. Vuelve a intentarlo en un minuto.
plain-text-hint = Envía un comando como /digest o /help.
plain-text-hint-discord = Escribe / y elige un comando, como /digest o /help. Si envías un enlace aquí, recibirás su resumen.
command-unknown = { $typed } no es un comando.
did-you-mean = ¿Quisiste decir { $suggestions }?
command-see-help = Consulta todos los comandos con /help.
managers-of-chat = { $kind ->
    [group] los administradores de este grupo
    [channel] los administradores de este canal
   *[other] los administradores de este chat
  }
managers-discord = los miembros con el permiso Gestionar canales
only-managers = Solo { $managers } pueden usar { $command } aquí.
only-managers-change = Solo { $managers } pueden hacer cambios con { $command } aquí.
only-managers-anyone = Cualquiera puede usar /digest, /latest, /sections y /summary.
only-managers-ask = Pide a uno de ellos que lo haga.

## Commands: answers and refusals (branch i18n-commands)
# (messages of commands/*.ts and src/core/commands, chats: added below this line)



## Documents, alerts, notices and buttons (branch i18n-documents)
# (messages of briefings/*, src/core/alerts, src/core/digests, adapters' renderers and buttons: added below this line)



## Summaries and follows (sumlang)
summary-title = Resumen
summary-source-model = resumido por el modelo de lenguaje
summary-source-extractive = extracto del artículo (sin conexión)
summary-source-none = el medio solo dio el titular y la entradilla
summary-extract-language = un extracto en { $article }, el idioma del artículo: no hay ningún resumen en { $chat } disponible
summary-extract-own-language = un extracto en el idioma del propio artículo: no hay ningún resumen en { $chat } disponible
summary-no-text = Este artículo no tiene texto que resumir.
summary-nothing-more = { $outlet } no ofrece nada más. El artículo: { $url }
summary-invalid-article = «{ $typed }» no es un id de artículo ni un enlace. Da el id de 12 caracteres que aparece bajo una noticia en un resumen, o un enlace que empiece por https://. Prueba /summary 5b0f15c8dcaf.
summary-unknown-id = «{ $typed }» no es el id de una noticia guardada. Los ids vienen de los resúmenes, y las noticias caducan al cabo de un tiempo. Prueba /latest para ver las noticias actuales y sus ids.
summary-unreadable-link = «{ $typed }» no se pudo leer como artículo. La página puede estar inaccesible, no ser un artículo o no estar permitida. Envía el enlace de la página de un artículo, o el id de una noticia de un resumen.
summary-links-limit-person = En la última hora has pedido { $limit ->
    [one] { $limit } resumen
   *[other] { $limit } resúmenes
  } de enlaces que newsdesk no tenía guardados, el máximo por persona. Las noticias de los resúmenes no tienen límite. Vuelve a intentarlo en { $minutes } min, o da el id de una noticia de un resumen.
summary-links-limit-chat = En la última hora este chat ha pedido { $limit ->
    [one] { $limit } resumen
   *[other] { $limit } resúmenes
  } de enlaces que newsdesk no tenía guardados, el máximo por chat. Las noticias de los resúmenes no tienen límite. Vuelve a intentarlo en { $minutes } min, o da el id de una noticia de un resumen.
# Dates under a header and on each story
dates-published = publicada { $time }
dates-range = la más reciente { $newest }, la más antigua { $oldest }
dates-all-undated = sin fecha
dates-undated = { $count } sin fecha
story-date-unknown = fecha desconocida

# Digests, /more and /latest
digest-empty = Aún no hay noticias de { $section }. Las nuevas llegan a medida que se consultan los feeds.
digest-empty-since = Nada nuevo en { $section } desde { $time }.
feeds-loading = Los feeds aún se están cargando: newsdesk acaba de arrancar y los está leyendo por primera vez. Inténtalo de nuevo en un minuto.
digest-no-sources = Este chat aún no tiene feeds propios.
digest-no-sources-add = Añade uno con /source add y la dirección de un feed o de una página web.
digest-no-sources-try = Prueba /source add https://example.org/feed.xml.
digest-nothing-to-continue = Aquí no hay ningún resumen de { $section } de las últimas 24 horas que continuar.
digest-start-one = Empieza uno con /digest { $id }.
digest-all-seen = Ya has visto todas las noticias del último resumen de { $section }.
digest-see-since = Mira lo que ha llegado desde entonces con /digest { $id }.
latest-title = Últimas noticias
latest-scope-yours = tus secciones
latest-scope-all = todas las secciones
latest-empty = Aún no hay noticias. Llegan a medida que se consultan los feeds.

# Briefings
briefing-section-empty = Nada nuevo en { $section }.
briefing-follows-heading = Temas que sigues
briefing-nothing-since = Nada desde { $time }
briefing-more = Más: { $list }
briefing-more-entry = { $section } ({ $count }) /more { $id }
briefing-nothing-set-up = Este chat aún no tiene secciones ni temas. Consulta /sections y /follow.

# Follow alerts
alert-title = Alerta de tema
alert-batch-title = Más noticias sobre temas que sigues
alert-batch-held = { $count ->
    [one] { $count } noticia retenida
   *[other] { $count } noticias retenidas
  } para no saturar este chat
alert-batch-more = { $count ->
    [one] { $count } noticia más sin listar.
   *[other] { $count } noticias más sin listar.
  }
alert-name-alias = { $name }, también conocido como { $topic },
alert-reason-title = menciona { $name } en el título
alert-reason-tags = menciona { $name } en sus etiquetas
alert-reason-summary = menciona { $name } en el resumen
alert-reason-body = menciona { $name } en el texto del artículo

# Feed health notices
notice-failing-title = Feed con fallos: { $feed }
notice-failing-line = El feed { $feed } ({ $section }) empezó a fallar { $age } y sigue fallando
notice-failing-detail = Motivo: { $reason }. Sus noticias faltan en los resúmenes de esta sección hasta que vuelva a funcionar; se te avisará cuando ocurra. El operador ha sido avisado en los registros.
notice-recovered-title = Feed funcionando de nuevo: { $feed }
notice-recovered-line = El feed { $feed } ({ $section }) vuelve a funcionar
notice-recovered-detail = Estuvo fallando durante { $span }; sus nuevas noticias vuelven a estar en los resúmenes de esta sección.
notice-opt-out = Desactiva estos avisos con /status off.

# Words the renderers put around a story
label-why = Por qué
label-more-sources = +{ $count } más
label-untitled = (sin título)
label-source = fuente
label-also = también
label-feed = feed

# Buttons (one style: a verb, then what it acts on)
button-summary = Resumen { $number }
button-summary-of = Resumen: { $title }
button-follow = Seguir { $topic }
button-more = Más de { $section }
button-unsubscribe = Darse de baja de { $section }
button-follow-prompt = Seguir un tema…
button-unsubscribe-prompt = Darse de baja…
button-stale = Este botón ya no funciona. Escribe /help para ver los comandos.
button-expired = Este botón ya no funciona. Usa /help para ver lo que puede hacer newsdesk.
button-story-gone = Esa noticia ya no está guardada, así que no hay ningún tema que seguir.
unsubscribe-placeholder = Sección de la que darse de baja
unsubscribe-which = ¿Qué sección no debe entregarse más aquí?
follow-modal-title = Seguir un tema
follow-modal-label = Tema, y después otros nombres tras |

# Adapters' refusals
channel-not-visible = { $typed } no es un canal que yo pueda ver.
channel-not-visible-why = Solo puedo actuar en canales donde soy administrador con permiso para publicar mensajes.
channel-not-visible-next = Añádeme allí y vuelve a intentarlo.
channel-not-channel = { $typed } no es un canal.
channel-not-channel-why = Solo se nombran canales después de un comando.
channel-not-channel-next = Para un grupo, envía el comando en el propio grupo.
channel-only-admins = Solo los administradores de { $title } pueden usar /{ $command } para él.
channel-anyone-reads = Cualquiera puede leerlo.
file-not-downloaded = No se pudo descargar el archivo de Telegram.
file-send-again = Vuelve a enviarlo en un momento.
file-not-on-discord = Ese archivo no está en el servidor de archivos de Discord.
file-attach-itself = Adjunta el propio archivo al comando.
command-gone = { $typed } ya no es un comando de newsdesk.
command-gone-why = Los comandos cambian cuando se actualiza newsdesk.
command-gone-next = Escribe / para ver los actuales.
slow-down = Estás enviando comandos más rápido de lo que newsdesk puede responder, así que se han omitido los últimos. Espera las respuestas y vuelve a intentarlo.
missing-permissions = Aún no puedo publicar en { $place ->
    [thread] este hilo
   *[channel] este canal
  }: me falta { $permissions }.
missing-permissions-ask = Pide a un administrador del servidor que dé a newsdesk { $count ->
    [one] ese permiso
   *[other] esos permisos
  } aquí y vuelve a intentarlo.
unsubscribe-nothing = { $place ->
    [private] Este chat no tiene
    [thread] Este hilo no tiene
   *[channel] Este canal no tiene
  } suscripciones, así que no hay nada de lo que darse de baja. Consulta las secciones con /sections.
channel-need-rights = Necesito ser administrador de { $title } con permiso para publicar mensajes.
