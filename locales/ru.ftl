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



