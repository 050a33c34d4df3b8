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

## Command options: refusals (src/core/commands/command-options.ts)
option-line-too-long = { $typed } es demasiado largo.
option-line-limit = Un comando admite como máximo { $max } caracteres.
option-shorten = Acórtalo y vuelve a enviarlo.
option-the-command = el comando
option-this-command = Este comando
option-extra = { $typed } es más de lo que admite { $command }.
option-takes-nothing = { $command } no admite nada después de su nombre.
option-takes = { $command } admite { $usage }.
option-nothing = nada
option-usage-required = <{ $label }>
option-usage-optional = [{ $label }]
option-usage-join = { $first } { $rest }
option-missing = { $command } necesita { $label }.
option-file-is-not = Un archivo no es { $label }.
option-give-as-text = Indica «{ $label }» como texto.
option-not-file = { $typed } no es un archivo.
option-attach = Adjunta «{ $label }» al comando.
option-too-long = { $typed } es demasiado largo para { $label }.
option-max-characters = Usa como máximo { $max } caracteres.
option-not-choice = { $typed } no es un valor válido para «{ $label }».
option-choose = { $count ->
    [one] Elige { $choices }.
   *[other] Elige entre { $choices }.
  }
option-not-integer = { $typed } no es un número entero.
option-integer-as = Indica «{ $label }» como número entero.
option-integer-as-range = Indica «{ $label }» como número entero { $range }.
option-out-of-range = { $typed } está fuera del rango de «{ $label }».
option-give-integer = Indica un número entero { $range }.
option-range = del { $min } al { $max }
option-range-min = de al menos { $min }
option-range-max = de como máximo { $max }
option-not-boolean = { $typed } no es ni sí ni no.
option-give-boolean = Indica yes o no para «{ $label }».
option-try = Prueba { $example }.
option-see-help = Consulta /help { $command }.

## /help <command>
help-options = Opciones
help-limits = Límites
help-required = obligatoria
help-optional = opcional
help-whole-number = un número entero
help-whole-number-range = un número entero { $range }
help-file = un archivo enviado con el comando
help-one-of = una de { $choices }
help-max-characters = como máximo { $max } caracteres
help-example = Ejemplo: { $example }
help-managers-only = En grupos y canales, solo quienes administran el chat pueden usarlo.
help-operators-only = Solo los operadores de OWNER_IDS pueden usarlo.

## Options: descriptions and labels
option-digest-section = Sección, p. ej. politics, o mine para tus propios feeds (por defecto: tu primera suscripción)
option-digest-section-label = { $form ->
    [a] una sección
   *[bare] sección
  }
option-more-section = Sección, p. ej. politics (por defecto: tu primera suscripción)
option-more-section-label = { $form ->
    [a] una sección
   *[bare] sección
  }
option-briefing-schedule = HH:MM [Zona/Ciudad] [daily|weekdays|weekends], u off
option-briefing-schedule-label = { $form ->
    [a] una hora del boletín
   *[bare] hora del boletín
  }
option-latest-count = Cuántas noticias (1-20, por defecto 10)
option-latest-count-label = { $form ->
    [a] un número de noticias
   *[bare] número de noticias
  }
option-summary-article = Id de artículo de un resumen, o el enlace del artículo
option-summary-article-label = { $form ->
    [a] un id o enlace de artículo
   *[bare] id o enlace de artículo
  }
option-subscribe-section = Sección a la que suscribirse, p. ej. politics
option-subscribe-section-label = { $form ->
    [a] una sección
   *[bare] sección
  }
option-unsubscribe-section = Sección de la que darse de baja
option-unsubscribe-section-label = { $form ->
    [a] una sección
   *[bare] sección
  }
option-source-action = add, list, remove, export o import
option-source-action-label = { $form ->
    [a] una acción
   *[bare] acción
  }
option-source-target = URL de un feed o de una página web (y un nombre), o el nombre que quitar
option-source-target-label = { $form ->
    [a] un feed
   *[bare] feed
  }
option-source-file = Una lista de suscripciones OPML, para /source import
option-source-file-label = { $form ->
    [a] un archivo OPML
   *[bare] archivo OPML
  }
option-follow-topic = Tema y, si quieres, alias después de |, p. ej. APT31 | Zirconium
option-follow-topic-label = { $form ->
    [a] un tema
   *[bare] tema
  }
option-unfollow-topic = El tema o uno de sus alias
option-unfollow-topic-label = { $form ->
    [a] un tema
   *[bare] tema
  }
option-quiet-hours = HH:MM-HH:MM en la zona horaria del chat, u off
option-quiet-hours-label = { $form ->
    [a] unas horas de silencio
   *[bare] horas de silencio
  }
option-language-code = Un código de idioma, p. ej. de, es, fr, ru o en
option-language-code-label = { $form ->
    [a] un código de idioma
   *[bare] código de idioma
  }
option-status-notices = Activa o desactiva los avisos de feeds caídos de las secciones de este chat
option-status-notices-label = { $form ->
    [a] un ajuste de avisos
   *[bare] avisos
  }
option-help-command = Un comando que explicar, p. ej. follow
option-help-command-label = { $form ->
    [a] un comando
   *[bare] comando
  }
option-admin-action = stats, reload, pause o resume
option-admin-action-label = { $form ->
    [a] una acción
   *[bare] acción
  }
option-admin-chat = Para pause y resume: telegram:<id del chat> o discord:<id del canal>
option-admin-chat-label = { $form ->
    [a] un chat
   *[bare] chat
  }

## /briefing: schedules
schedule = { $time } { $zone }, { $days }
schedule-off = desactivado
schedule-daily = todos los días
schedule-weekdays = entre semana
schedule-weekends = los fines de semana
schedule-days = { $days }
schedule-not-time = { $typed } no es una hora.
schedule-time-how = Indica una hora como 07:00 y, si quieres, una zona horaria y días.
schedule-time-try = Prueba /briefing 07:00 Europe/Madrid weekdays, o /briefing off.
schedule-not-zone = { $typed } no es una zona horaria ni días.
schedule-zone-how = Las zonas horarias son como Europe/Madrid o America/New_York; los días son daily, weekdays, weekends o mon,wed,fri.
schedule-zone-try = Prueba /briefing 07:00 Europe/Madrid weekdays.
briefing-set = Boletín de la mañana programado: { $schedule }.
briefing-subscribe-first = Suscríbete antes a una sección: /sections.
briefing-off = El boletín de la mañana está desactivado. Vuelve a activarlo con /briefing on.
briefing-scheduled = Programado: { $schedule }. Cámbialo con /briefing 07:00 Europe/Madrid, o /briefing off.

## /subscriptions
subscriptions-title = Suscripciones de este chat
subscriptions-when = Cuándo
subscriptions-briefing = Boletín de la mañana: { $schedule }
subscriptions-briefing-change = Cámbialo con /briefing 07:00 Europe/Madrid weekdays, o /briefing off.
subscriptions-quiet = Horas de silencio: { $start }-{ $end } { $zone }: las alertas se retienen y llegan juntas después
subscriptions-quiet-none = Horas de silencio: ninguna, las alertas llegan en cuanto surgen
subscriptions-quiet-change = Cámbialas con /quiet 22:00-07:00, o /quiet off.
subscriptions-language = Idioma: { $name } ({ $code })
subscriptions-language-change = Cámbialo con /language <código>, p. ej. /language en.
subscriptions-sections = Secciones ({ $count } de { $max })
subscriptions-follows = Temas ({ $count } de { $max })
subscriptions-aliases = también: { $aliases }
subscriptions-no-sections = Aún no hay secciones. Consulta /sections y luego /subscribe <sección>.
subscriptions-no-follows = No sigues ningún tema. Prueba /follow APT31 | Judgement Panda.
section-gone = { $id } (ya no se ofrece)
chat-paused = Los envíos están en pausa: { $reason }
chat-paused-by-operator = Los envíos están en pausa: pausados por el operador

## /status
status-title = Estado de este chat
status-notices-on = Avisos de feeds activados.
status-notices-off = Avisos de feeds desactivados.
status-notices-on-already = Avisos de feeds activados (ya lo estaban).
status-notices-off-already = Avisos de feeds desactivados (ya lo estaban).
status-deliveries = Envíos
status-briefing-next = Boletín de la mañana: { $schedule }; el próximo { $next }
status-follows = Temas: { $count } de { $max }
status-notices-title-on = Avisos de feeds: activados
status-notices-title-off = Avisos de feeds: desactivados
status-notices-explain-on = Este chat recibe un aviso cuando un feed de sus secciones lleva un tiempo fallando, y otro cuando vuelve a funcionar. /status off lo desactiva.
status-notices-explain-off = /status on avisa a este chat cuando un feed de sus secciones falla durante un tiempo.
status-sections = Secciones ({ $count })
status-feeds-working = { $count ->
    [one] { $count } feed, funciona
   *[other] { $count } feeds, todos funcionan
  }
status-feeds-failing = { $count ->
    [one] { $count } feed
   *[other] { $count } feeds
  }, { $failing } con fallos
feeds-more = { $count } más

## /quiet
quiet-current = Horas de silencio: { $start }-{ $end } ({ $zone }). Las alertas de ese tiempo llegan juntas cuando terminan.
quiet-none = No hay horas de silencio. Fíjalas con /quiet 22:00-07:00 (en la zona horaria de este chat).
quiet-off = Horas de silencio desactivadas: las alertas llegan en cuanto surgen.
quiet-invalid = { $typed } no son horas de silencio.
quiet-invalid-how = Indica un inicio y un final como 22:00-07:00, en la zona horaria de este chat.
quiet-invalid-try = Prueba /quiet 22:00-07:00, o /quiet off.
quiet-same = { $typed } empieza y termina a la misma hora.
quiet-same-how = Las horas de silencio necesitan dos horas distintas.
quiet-same-try = Prueba /quiet 22:00-07:00.
quiet-set = Horas de silencio fijadas: { $start }-{ $end } ({ $zone }). Las alertas de ese tiempo llegan juntas cuando terminan.

## /subscribe, /unsubscribe, /digest, /more
subscribe-done = Suscrito a { $section }. Prueba /digest { $id } ahora; también está en tu boletín de la mañana.
subscribe-already = Este chat ya está suscrito a { $section }.
subscribe-limit = Un chat tiene como máximo { $max } secciones.
subscribe-limit-reached = { $count ->
    [one] Este chat ya tiene { $count } sección, el máximo permitido.
   *[other] Este chat ya tiene { $count } secciones, el máximo permitido.
  }
subscribe-limit-next = Date antes de baja de una: /subscriptions las muestra, /unsubscribe <sección> quita una.
unsubscribe-done = Te has dado de baja de { $section }.
unsubscribe-not = Este chat no está suscrito a { $section }. /subscriptions muestra sus secciones.
digest-no-section = /digest necesita una sección: este chat aún no tiene suscripciones.
digest-name-section = Indica una sección, o suscríbete a una.
digest-try = Prueba /digest politics, o consulta /sections.
more-no-section = /more necesita una sección: este chat aún no tiene suscripciones.
more-name-section = Indica la sección de tu último resumen.
more-try = Prueba /more politics.
more-limit = { $count ->
    [one] Avanza en un resumen o boletín de las últimas { $hours } horas, { $count } noticia cada vez.
   *[other] Avanza en un resumen o boletín de las últimas { $hours } horas, { $count } noticias cada vez.
  }
section-unknown = { $typed } no es una sección.
section-list = Las secciones son { $sections }.
section-none = No hay secciones configuradas.
section-see-all = Consúltalas todas con /sections.

## /source
source-no-feed = { $typed } no es un feed, y no se encontró ningún feed en esa página.
source-feed-how = Indica la dirección de un feed RSS, Atom o JSON.
source-add-try = Prueba /source add https://example.org/feed.xml.
source-numbered = { $count ->
    [one] Esa página tiene { $count } feed, con el número 1.
   *[other] Esa página tiene { $count } feeds, numerados del 1 al { $count }.
  }
source-total-full = newsdesk ya lee tantos feeds añadidos por chats como permite su configuración.
source-total-next = Añade un feed que ya use otro chat, o pregunta al operador.
source-unknown = { $typed } no es uno de los feeds de este chat.
source-names = Son { $names }.
source-none-added = Este chat no ha añadido feeds.
source-see-list = Consúltalos con /source list.
source-chat-full = { $count ->
    [one] Este chat ya tiene { $count } feed propio, el máximo permitido.
   *[other] Este chat ya tiene { $count } feeds propios, el máximo permitido.
  }
source-chat-full-next = Quita uno antes: /source list los muestra, /source remove <nombre> quita uno.
source-not-url = { $typed } no es una dirección web.
source-url-how = Indica una dirección http:// o https:// de un feed o de una página web.
source-choice-expired = Estos feeds ya no se ofrecen (una elección dura una hora).
source-choice-expired-next = Vuelve a enviar /source add con la dirección de la página.
source-choice-elsewhere = Estos feeds se ofrecieron en otro chat.
source-choice-elsewhere-next = Envía /source add aquí para añadir un feed a este chat.
follow-limit-reached = { $count ->
    [one] Este chat ya sigue { $count } tema, el máximo permitido.
   *[other] Este chat ya sigue { $count } temas, el máximo permitido.
  }
follow-limit-next = Deja de seguir uno antes: /following los muestra, /unfollow <tema> deja uno.
source-export-none = Este chat no tiene feeds propios que exportar. Añade uno con /source add https://example.org/feed.xml.
source-export-caption = { $count ->
    [one] El { $count } feed propio de este chat en OPML. Otro chat lo añade con /source import y este archivo.
   *[other] Los { $count } feeds propios de este chat en OPML. Otro chat los añade con /source import y este archivo.
  }

## /source import
import-too-many = { $typed } incluye más de { $max } feeds.
import-too-many-how = Un archivo puede incluir como máximo { $max }, y este chat puede tener { $chatMax }.
import-shorter = Envía una lista más corta.
import-no-feeds = { $typed } no incluye feeds.
import-no-feeds-how = Una lista de suscripciones OPML tiene elementos outline con un xmlUrl.
import-no-feeds-next = Exporta tu lista desde tu lector de feeds como OPML y envíala con /source import.
import-page-feeds = una página web con { $count } feeds; añade el que quieras con /source add
import-unavailable = Los archivos OPML no están disponibles aquí.
import-unavailable-next = Añade los feeds de uno en uno con /source add.
import-not-opml = { $typed } no es un archivo OPML.
import-not-opml-how = Envía la lista de suscripciones que tu lector de feeds exporta como OPML (.opml, UTF-8).
import-not-opml-next = Adjúntala a /source import.
import-too-large = { $typed } es demasiado grande.
import-too-large-how = Un archivo OPML para /source import puede tener como máximo { $max } KiB.
source-limit = Un chat tiene como máximo { $max } feeds propios; un nombre tiene como máximo { $name } caracteres.
source-limit-admins = Solo los administradores de un grupo o canal añaden, quitan o importan sus feeds.
source-limit-opml = /source export envía los feeds de este chat como archivo OPML. /source import añade los feeds de un archivo OPML (como máximo { $kib } KiB y { $feeds } feeds; la comprobación se detiene a los { $minutes } minutos): en Telegram envía el archivo con el pie /source import, o responde /source import al archivo; en Discord adjúntalo en la opción file.
source-not-read = aún sin leer
source-list-none = Este chat no tiene feeds propios. Añade uno con /source add https://example.org/feed.xml.
source-list-title = Tus propios feeds ({ $count } de { $max })
source-list-footer = Sus noticias: /digest { $mine }. Quita uno con /source remove <nombre>.
source-add-needs = /source add necesita la dirección de un feed o de una página web.
source-remove-needs = { $command } necesita el nombre o la dirección de uno de los feeds de este chat.
source-removed = { $name } ({ $url }) quitado de los feeds de este chat.
source-already = Este chat ya tiene ese feed, como { $name }. Consulta sus noticias con /digest { $mine }.
source-added = { $count ->
    [one] Añadido { $name } ({ $url }, { $count } elemento ahora). Sus noticias llegan a /digest { $mine } y a tu boletín en cuanto se haya leído.
   *[other] Añadido { $name } ({ $url }, { $count } elementos ahora). Sus noticias llegan a /digest { $mine } y a tu boletín en cuanto se haya leído.
  }
source-choose-title = { $typed } tiene { $count } feeds
source-choose-footer = Añade uno con el comando que tiene debajo, o por su número: { $example }.
import-needs-file = /source import necesita un archivo OPML.
import-needs-file-how = En Telegram, envía el archivo con el pie /source import, o responde /source import al archivo; en Discord, adjúntalo en la opción file.
import-needs-file-next = Exporta antes tus suscripciones desde tu lector de feeds como OPML.
import-added = Añadidos ({ $count })
import-already = Ya estaban ({ $count })
import-failed = Fallidos ({ $count })
import-not-tried = { $count ->
    [one] { $count } feed no se comprobó: la importación tardó demasiado. Vuelve a enviar /source import con el archivo.
   *[other] { $count } feeds no se comprobaron: la importación tardó demasiado. Vuelve a enviar /source import con el archivo.
  }
import-without-url = { $count ->
    [one] { $count } entrada no tenía dirección de feed (xmlUrl) y se omitió.
   *[other] { $count } entradas no tenían dirección de feed (xmlUrl) y se omitieron.
  }
import-added-next = Sus noticias llegan a /digest { $mine } una vez leídas. Consulta todos los feeds con /source list.
import-see-list = Consulta los feeds de este chat con /source list.
import-title = Importación de { $name }: { $added } añadidos, { $already } ya estaban, { $failed } fallidos
import-and-more = …y { $count } más

## /sections
sections-title = Secciones
sections-subtitle = Suscríbete con /subscribe <sección>
sections-feeds = { $count ->
    [one] { $count } feed
   *[other] { $count } feeds
  }
sections-failing = { $count } con fallos
sections-subscribed = suscrito
sections-many-failing = Más de { $count } feeds fallan: aquí se cuentan los que llevan más tiempo fallando.

## /admin (operators)
admin-unavailable = Los controles de operador no están disponibles en este proceso.
admin-reloaded = Fuentes recargadas: { $sections } secciones, { $feeds } feeds ({ $added } nuevos, { $removed } quitados).
admin-reload-others = Cada una de las demás instancias del almacén compartido recarga su propio archivo de fuentes en { $seconds } segundos (cada una registra el resultado).
admin-reload-problems = El archivo de fuentes tiene problemas; las secciones en uso no cambian.
admin-and-more = y { $count } más
admin-reload-fix = Corrige el archivo y vuelve a enviar /admin reload.
admin-needs-chat = { $command } necesita un chat.
admin-chat-how = Indícalo como telegram:<id del chat> o discord:<id del canal>.
admin-pause-try = Prueba /admin pause telegram:-1001234567890.
admin-not-chat = { $typed } no es un chat.
admin-unknown-chat = { $name } no es un chat al que newsdesk envíe.
admin-unknown-chat-how = Solo se pueden pausar o reanudar chats con ajustes guardados.
admin-unknown-chat-next = Comprueba el id y vuelve a intentarlo.
admin-paused = Los envíos a { $chat } están en pausa: ni boletines, ni alertas, ni avisos de feeds hasta /admin resume { $chat }.
admin-already-paused = Los envíos a { $chat } ya estaban en pausa por un operador.
admin-cancelled = { $count ->
    [one] Se canceló { $count } envío que ya estaba en cola.
   *[other] Se cancelaron { $count } envíos que ya estaban en cola.
  }
admin-resumed = Los envíos a { $chat } se reanudan; su próximo boletín vuelve a estar programado (lo que canceló la pausa no se envía).
admin-not-paused = Los envíos a { $chat } no estaban en pausa.
admin-at-least = al menos { $count }
admin-none = ninguno
admin-stats-version = newsdesk { $version }, instancia { $instance }, en marcha desde hace { $uptime }.
admin-stats-chats = Chats: { $chats }.
admin-stats-feeds = Secciones: { $sections }; feeds: { $feeds }, con fallos: { $failing }.
admin-stats-outbox = Cola de salida: { $count } pendientes.

## Shared by the digests (texts the core gives them)
mine-title = Tus feeds
mine-description = Los feeds que este chat añadió con /source add

## /follow, /following, /unfollow
follow-limit = Un chat sigue como máximo { $max } temas.
follow-rule-length = Un tema o alias: de { $min } a { $max } caracteres, con al menos { $min } letras o dígitos (UE, ONU e IA valen; una sola letra, no).
follow-rule-common = Se rechazan las palabras demasiado comunes para seguirlas solas (the, and, der, la, el, и…).
follow-rule-prefix = Un * al final de la última palabra coincide con toda palabra que empiece así, para lenguas flexivas: Путин* coincide con Путина y Путину (y con Путинизм: los prefijos abarcan de más). Al menos { $min } letras antes del *; el * en ningún otro sitio.
follow-rule-matching = No se distinguen mayúsculas ni acentos y se comparan palabras enteras: China coincide con CHINA y China's, no con Chinatown.
follow-prefix-invalid = { $typed } no es un tema que newsdesk pueda reconocer.
follow-prefix-where = Un * solo puede cerrar la última palabra de un nombre, como en Путин*, para coincidir con toda palabra que empiece así.
follow-prefix-stem = Una palabra que termina en * necesita al menos { $min } letras o dígitos antes del *, o coincidiría con casi todas las noticias.
follow-prefix-try-aliases = Prueba /follow Путин* | Putin*.
follow-prefix-try = Prueba /follow Путин*.
follow-rule-aliases = Como máximo { $max } alias por tema.
follow-topic-aliases = { $topic } (también conocido como { $aliases })
follow-done = Ahora sigues { $topic }. Recibirás una alerta cuando una noticia nueva lo mencione.
follow-already-alias = Ya sigues { $alias }, como alias de { $topic }.
follow-already = Ya sigues { $topic }.
follow-change-aliases = Para cambiar sus alias: /follow { $topic } | alias | alias.
follow-aliases-added = añadidos { $names }
follow-aliases-removed = quitados { $names }
follow-aliases-changed = Ya sigues { $topic }; sus alias han cambiado: { $changes }.
follow-aliases-now = Ahora también se conoce como { $aliases }.
follow-aliases-none = Ya no tiene alias.
follow-needs-topic = /follow necesita un tema.
follow-needs-topic-how = Indica un tema y, si quieres, alias después de |.
follow-needs-topic-try = Prueba /follow APT31 | Judgement Panda | Zirconium.
follow-too-many-aliases = { $typed } tiene { $count } alias, más de los { $max } que puede tener un tema.
follow-keep-aliases = Quédate con los { $max } más útiles.
follow-name-too-long = { $typed } es demasiado largo para seguirlo.
follow-name-max = Un tema o alias tiene como máximo { $max } caracteres.
follow-name-shorter = Prueba un nombre más corto, p. ej. /follow APT31.
follow-name-no-letters = { $typed } no es un nombre: no tiene letras ni dígitos.
follow-name-min = Un tema o alias necesita al menos { $min } letras o dígitos.
follow-try-apt31 = Prueba /follow APT31.
follow-name-too-short = { $typed } es demasiado corto para seguirlo: coincidiría con casi todas las noticias.
follow-name-min-acronyms = Un tema o alias necesita al menos { $min } letras o dígitos; siglas como UE u ONU valen.
follow-name-try-longer = Prueba /follow Unión Europea.
follow-name-too-common = { $typed } es una palabra demasiado común para seguirla: coincidiría con casi todas las noticias.
follow-name-phrase = Sigue mejor un nombre o una frase.
follow-name-try-phrase = Prueba /follow Banco de España.
following-title = Temas seguidos
following-count = { $count } de { $max } temas
following-aliases = también conocido como { $aliases }
following-none = No sigues nada. Prueba /follow APT31 | Judgement Panda | Zirconium
unfollow-done = Has dejado de seguir { $topic }.
unfollow-unknown = { $typed } no es un tema que siga este chat.
unfollow-follows = Sigue { $topics }.
unfollow-follows-none = Aún no sigue ningún tema.
unfollow-see-all = Consúltalos todos con /following.
unfollow-follow-one = Sigue uno con /follow APT31.



## Adapters' refusals (feeds, files, links)
source-private-address = { $typed } está en una red privada, y newsdesk no accede a ellas.
source-private-address-next = Da la dirección de un feed o una página web públicos.
source-unreadable = No se pudo leer { $typed }.
source-unreadable-now = Ahora mismo no se pudo leer { $typed }.
source-unreadable-later = El sitio no respondió a tiempo o dio un error: inténtalo más tarde.
source-unreadable-check = Revisa la dirección: debe ser un feed o una página web que enlace a uno.
file-download-failed = No se pudo descargar el archivo de { $platform }.
file-download-again = Vuelve a enviarlo en un momento.
summary-private-address = { $typed } está en una red privada, y newsdesk no accede a ellas.
summary-private-address-next = Envía un enlace a una página pública, o el id de una noticia de un resumen.

terminal-banner = Chat de terminal de newsdesk. Escribe /help para ver los comandos; Ctrl+D para salir.
terminal-log-file = Los registros van a { $path }.
terminal-stopping = newsdesk se está deteniendo: { $count ->
    [one] 1 comando no se ejecutó
   *[other] { $count } comandos no se ejecutaron
  } ({ $commands }).

## Feed health in words
feed-reason-gone = el feed ya no existe (HTTP 404)
feed-reason-removed = el feed se ha retirado (HTTP 410)
feed-reason-refused = el servidor se niega a servirlo (HTTP { $status })
feed-reason-slow-down = el servidor pide que vayamos más despacio (HTTP 429)
feed-reason-server = el servidor tiene un problema (HTTP { $status })
feed-reason-status = el servidor respondió HTTP { $status }
feed-reason-timeout = sin respuesta en { $seconds } s
feed-reason-dns = el nombre del servidor no se resuelve
feed-reason-connection-refused = el servidor rechaza las conexiones
feed-reason-connection-cut = la conexión se cortó
feed-reason-certificate = su certificado HTTPS no es válido
feed-reason-redirect-loop = redirige en bucle
feed-reason-too-large = el feed supera el tamaño máximo
feed-failing-line = { $feed }: { $reason }, desde hace { $age }
feed-failing-line-unhealthy = { $feed }: { $reason }, desde hace { $age } (con fallos repetidos)
feed-moved = se ha mudado de forma permanente a { $url }: el archivo de fuentes debería usar esa dirección

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
