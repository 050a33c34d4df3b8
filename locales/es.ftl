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
