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
