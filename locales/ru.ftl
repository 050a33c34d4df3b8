# newsdesk по-русски.

## Command descriptions
command-digest = Главные новости раздела с вашего прошлого дайджеста
command-more = Следующие новости вашего прошлого дайджеста раздела
command-briefing = Брифинг сейчас или его время: /briefing 07:00 Europe/Moscow weekdays, /briefing off
command-latest = Самые свежие новости ваших разделов
command-summary = Пересказ статьи: её номер (из дайджеста) или ссылка
command-sections = Разделы новостей, на которые можно подписаться
command-subscribe = Подписать этот чат на дайджесты и утренний брифинг раздела
command-unsubscribe = Отписать этот чат от раздела
command-subscriptions = Разделы, темы, время брифинга, тихие часы и язык этого чата
command-source = Свои ленты: /source add <url> [имя], list, remove <имя>, export или import (OPML)
command-follow = Оповещение, когда новость упоминает тему, напр. APT31 | Zirconium
command-unfollow = Больше не оповещать о теме
command-following = Темы, за которыми следит этот чат
command-quiet = Придерживать оповещения в тихие часы, напр. /quiet 22:00-07:00; /quiet off
command-language = Язык ответов в этом чате: /language ru; без кода показывает его
command-status = Состояние лент этого чата, следующий брифинг и уведомления о лентах
command-help = Что умеет newsdesk; /help <команда> — параметры и ограничения команды
command-admin = Только для операторов: статистика, перезагрузка источников, пауза чата

## /help
help-subtitle = Новостные брифинги: дайджесты разделов, пересказы и оповещения о темах.
help-footer = Параметры и ограничения команды: /help follow

## /language
language-option = Код языка, напр. de, es, fr, ru или en
language-current = Язык этого чата: { $name } ({ $code }). Языки: { $list }. Изменить: /language <код>.
language-set = Теперь newsdesk отвечает в этом чате на языке: { $name } ({ $code }).
language-unknown = «{ $typed }» — не язык, на котором говорит newsdesk. Языки: { $list }. Попробуйте /language { $example }.

## Digest and briefing headers
story-count = { $count ->
    [one] { $count } новость
    [few] { $count } новости
   *[many] { $count } новостей
  }
digest-title = Дайджест: { $section }
digest-title-continued = Дайджест: { $section }, продолжение
digest-first-page = { $shown } из { $total } новостей
digest-later-page = { $count ->
    [one] новость { $first }
   *[other] новости { $first }–{ $last }
  } из { $total }
digest-more = { $count ->
    [one] ещё { $count } новость
    [few] ещё { $count } новости
   *[many] ещё { $count } новостей
  }: /more { $section }
briefing-title = Ваш брифинг — { $date }

## Answers every command shares
apology = Извините, у нас что-то пошло не так. Попробуйте ещё раз через минуту.
plain-text-hint = Отправьте команду, например /digest или /help.
plain-text-hint-discord = Наберите / и выберите команду, например /digest или /help. На присланную сюда ссылку придёт её краткое содержание.
command-unknown = { $typed } — не команда.
did-you-mean = Вы имели в виду { $suggestions }?
command-see-help = Все команды: /help.
managers-of-chat = { $kind ->
    [group] администраторы этой группы
    [channel] администраторы этого канала
   *[other] администраторы этого чата
  }
managers-discord = участники с правом «Управлять каналами»
only-managers = Только { $managers } могут использовать { $command } здесь.
only-managers-change = Только { $managers } могут вносить изменения через { $command } здесь.
only-managers-anyone = Команды /digest, /latest, /sections и /summary доступны всем.
only-managers-ask = Попросите кого-нибудь из них.

## Commands: answers and refusals (branch i18n-commands)
# (messages of commands/*.ts and src/core/commands, chats: added below this line)



## Documents, alerts, notices and buttons (branch i18n-documents)
# (messages of briefings/*, src/core/alerts, src/core/digests, adapters' renderers and buttons: added below this line)



## Summaries and follows (sumlang)
summary-title = Краткое содержание
summary-source-model = пересказ языковой модели
summary-source-extractive = выдержка из статьи (офлайн)
summary-source-none = издание дало только заголовок и анонс
summary-extract-language = выдержка на языке статьи ({ $article }): пересказа на языке чата ({ $chat }) нет
summary-extract-own-language = выдержка на языке самой статьи: пересказа на языке чата ({ $chat }) нет
summary-no-text = В этой статье нет текста для пересказа.
summary-nothing-more = Больше { $outlet } ничего не даёт. Статья: { $url }
summary-invalid-article = «{ $typed }» — не id статьи и не ссылка. Укажите id из 12 символов под новостью в дайджесте или ссылку, начинающуюся с https://. Попробуйте /summary 5b0f15c8dcaf.
summary-unknown-id = «{ $typed }» — не id сохранённой новости. Id берутся из дайджестов, а новости через некоторое время удаляются. Попробуйте /latest — там свежие новости и их id.
summary-unreadable-link = «{ $typed }» не удалось прочитать как статью. Страница может быть недоступна, не быть статьёй или быть запрещённой. Пришлите ссылку на страницу статьи или id новости из дайджеста.
summary-links-limit-person = За последний час вы запросили { $limit ->
    [one] { $limit } пересказ
    [few] { $limit } пересказа
    [many] { $limit } пересказов
   *[other] { $limit } пересказа
  } ссылок, которых не было в newsdesk, — это максимум для одного человека. Новости из дайджестов не ограничены. Попробуйте снова через { $minutes } мин. или укажите id новости из дайджеста.
summary-links-limit-chat = За последний час этот чат запросил { $limit ->
    [one] { $limit } пересказ
    [few] { $limit } пересказа
    [many] { $limit } пересказов
   *[other] { $limit } пересказа
  } ссылок, которых не было в newsdesk, — это максимум для одного чата. Новости из дайджестов не ограничены. Попробуйте снова через { $minutes } мин. или укажите id новости из дайджеста.
# Dates under a header and on each story
dates-published = опубликовано { $time }
dates-range = самая новая { $newest }, самая ранняя { $oldest }
dates-all-undated = без даты
dates-undated = { $count } без даты
story-date-unknown = дата неизвестна

# Digests, /more and /latest
digest-empty = В разделе «{ $section }» пока нет новостей. Новые появятся, когда ленты будут опрошены.
digest-empty-since = В разделе «{ $section }» ничего нового с { $time }.
feeds-loading = Ленты ещё загружаются: newsdesk только что запустился и читает их впервые. Попробуйте ещё раз через минуту.
digest-no-sources = У этого чата пока нет собственных лент.
digest-no-sources-add = Добавьте ленту командой /source add и адресом ленты или веб-страницы.
digest-no-sources-try = Попробуйте /source add https://example.org/feed.xml.
digest-nothing-to-continue = Здесь нет дайджеста раздела «{ $section }» за последние 24 часа, который можно продолжить.
digest-start-one = Начните новый командой /digest { $id }.
digest-all-seen = Вы видели все новости последнего дайджеста раздела «{ $section }».
digest-see-since = Что появилось с тех пор, покажет /digest { $id }.
latest-title = Последние новости
latest-scope-yours = ваши разделы
latest-scope-all = все разделы
latest-empty = Новостей пока нет. Они появятся, когда ленты будут опрошены.

# Briefings
briefing-section-empty = В разделе «{ $section }» ничего нового.
briefing-follows-heading = Темы, за которыми вы следите
briefing-nothing-since = Ничего с { $time }
briefing-more = Ещё: { $list }
briefing-more-entry = { $section } ({ $count }) /more { $id }
briefing-nothing-set-up = У этого чата пока нет разделов и тем. См. /sections и /follow.

# Follow alerts
alert-title = Оповещение по теме
alert-batch-title = Ещё новости по темам, за которыми вы следите
alert-batch-held = { $count ->
    [one] { $count } новость отложена
    [few] { $count } новости отложены
    [many] { $count } новостей отложено
   *[other] { $count } новости отложено
  }, чтобы не заваливать чат сообщениями
alert-batch-more = { $count ->
    [one] Ещё { $count } новость не показана.
    [few] Ещё { $count } новости не показаны.
    [many] Ещё { $count } новостей не показано.
   *[other] Ещё { $count } новости не показано.
  }
alert-name-alias = { $name } (он же { $topic })
alert-reason-title = упоминает { $name } в заголовке
alert-reason-tags = упоминает { $name } в тегах
alert-reason-summary = упоминает { $name } в кратком содержании
alert-reason-body = упоминает { $name } в тексте статьи

# Feed health notices
notice-failing-title = Лента не работает: { $feed }
notice-failing-line = Лента { $feed } ({ $section }) перестала работать { $age } и до сих пор не работает
notice-failing-detail = Причина: { $reason }. Её новости не попадают в дайджесты этого раздела, пока она снова не заработает; вам сообщат, когда это случится. Оператор уведомлён через журнал.
notice-recovered-title = Лента снова работает: { $feed }
notice-recovered-line = Лента { $feed } ({ $section }) снова работает
notice-recovered-detail = Она не работала { $span }; её свежие материалы снова попадают в дайджесты этого раздела.
notice-opt-out = Отключить эти уведомления: /status off.

# Words the renderers put around a story
label-why = Почему
label-more-sources = и ещё { $count }
label-untitled = (без заголовка)
label-source = источник
label-also = также
label-feed = лента

# Buttons (one style: a verb, then what it acts on)
button-summary = Пересказ { $number }
button-summary-of = Пересказ: { $title }
button-follow = Следить: { $topic }
button-more = Ещё из раздела «{ $section }»
button-unsubscribe = Отписаться от «{ $section }»
button-follow-prompt = Следить за темой…
button-unsubscribe-prompt = Отписаться…
button-stale = Эта кнопка больше не работает. Список команд: /help.
button-expired = Эта кнопка больше не работает. Что умеет newsdesk, покажет /help.
button-story-gone = Эта новость больше не хранится, поэтому следить не за чем.
unsubscribe-placeholder = Раздел, от которого отписаться
unsubscribe-which = Какой раздел больше не присылать сюда?
follow-modal-title = Следить за темой
follow-modal-label = Тема, затем другие названия после |

# Adapters' refusals
channel-not-visible = { $typed } — не канал, который я вижу.
channel-not-visible-why = Я могу действовать только в каналах, где я администратор с правом публиковать сообщения.
channel-not-visible-next = Добавьте меня туда и попробуйте ещё раз.
channel-not-channel = { $typed } — не канал.
channel-not-channel-why = После команды указывают только каналы.
channel-not-channel-next = Для группы отправьте команду в самой группе.
channel-only-admins = Только администраторы { $title } могут использовать /{ $command } для него.
channel-anyone-reads = Читать его может любой.
file-not-downloaded = Не удалось скачать файл из Telegram.
file-send-again = Отправьте его ещё раз чуть позже.
file-not-on-discord = Этот файл находится не на файловом сервере Discord.
file-attach-itself = Прикрепите сам файл к команде.
command-gone = { $typed } больше не команда newsdesk.
command-gone-why = Команды меняются, когда newsdesk обновляется.
command-gone-next = Введите /, чтобы увидеть актуальные.
slow-down = Вы отправляете команды быстрее, чем newsdesk успевает отвечать, поэтому последние были пропущены. Дождитесь ответов и попробуйте снова.
missing-permissions = Я пока не могу публиковать в { $place ->
    [thread] этой ветке
   *[channel] этом канале
  }: мне не хватает прав { $permissions }.
missing-permissions-ask = Попросите администратора сервера выдать newsdesk { $count ->
    [one] это право
    [few] эти права
    [many] эти права
   *[other] эти права
  } здесь и попробуйте снова.
unsubscribe-nothing = { $place ->
    [private] У этого чата нет подписок
    [thread] У этой ветки нет подписок
   *[channel] У этого канала нет подписок
  }, поэтому отписываться не от чего. Разделы: /sections.
channel-need-rights = Мне нужно быть администратором { $title } с правом публиковать сообщения.
