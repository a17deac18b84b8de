import type { DemoArticle } from './types';

export const articlesA: DemoArticle[] = [
  // 1. Reaction to the pro-Navalny demonstrations in Russia (ru, tk, en)
  {
    key: 'a-navalny-protests-reaction',
    sourceLocale: 'ru',
    category: 'news',
    tags: ['russia', 'migrants'],
    authors: ['thf-staff'],
    publishedAt: '2021-01-27T09:00:00Z',
    cover: 'protest-square',
    translations: {
      ru: {
        title: 'Ашхабад просит Москву вернуть туркменских участников акций в поддержку Навального',
        summary:
          'По данным источника фонда, туркменские власти попросили Россию выслать граждан Туркменистана, участвовавших в демонстрациях 23 января, опасаясь, что те привезут домой протестный опыт.',
        seoDescription:
          'Ашхабад добивается высылки из России туркменских участников акций 23 января в поддержку Навального. Что известно и почему это опасно.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: '23 января 2021 года жители более чем ста российских городов вышли на улицы с требованием освободить Алексея Навального, которого задержали сразу после возвращения из Германии, где он проходил лечение. По сведениям, поступившим в Туркменский Хельсинкский фонд, за этими демонстрациями в Ашхабаде следят с откровенной тревогой и уже готовятся не допустить ничего подобного у себя. Как сообщил наш источник, знакомый с ситуацией, туркменская сторона попросила российские власти выслать на родину всех граждан Туркменистана, принимавших участие в акциях, и в первую очередь тех, кто оказался среди задержанных. Для их отправки, по словам собеседника, рассматривается рейс авиакомпании S7. Если просьбу удовлетворят, людей вышлют без всякого судебного разбирательства, что противоречит и российскому законодательству, и международным стандартам в области прав человека, причём в разгар пандемии.',
          },
          { type: 'h2', text: 'Страх перед «вернувшимися»' },
          {
            type: 'p',
            text: 'Эту спешку наш источник объясняет страхом. С точки зрения чиновников, каждый, кто постоял в толпе на улицах Москвы или Петербурга, узнал, как устроен уличный протест, а человек с таким знанием представляет риск для системы, не терпящей никакого публичного несогласия. В самом Туркменистане несанкционированные собрания фактически невозможны, а за публичную критику руководства страны люди получают реальные сроки. По нашим данным, обсуждается возможность объявлять самых заметных из них «террористами»: жёсткое и показательное наказание должно стать для всех остальных предупреждением о том, что отстаивать свои права опасно. В России живут десятки тысяч студентов и трудовых мигрантов из Туркменистана, и эти сведения встревожили многие семьи.',
          },
          { type: 'h2', text: 'Сколько людей вышло на улицы' },
          {
            type: 'p',
            text: 'Читатели в России и Туркменистане пишут нам и спрашивают, чем закончились демонстрации 23 января. МВД России оценило число участников в Москве в 4 тысячи человек, агентство Reuters насчитало около 40 тысяч. Независимые правозащитные проекты, которые следят за задержаниями, приводили ещё более высокие цифры. Число задержанных, по опубликованным данным, выглядит так:',
          },
          {
            type: 'ul',
            items: [
              'по всей России — 3324 человека;',
              'в Москве — 1320;',
              'в Санкт-Петербурге — 490;',
              'в Новосибирске — 96;',
              'в Воронеже — 92;',
              'в Нижнем Новгороде — 90.',
            ],
          },
          {
            type: 'p',
            text: 'Есть ли среди задержанных граждане Туркменистана, пока неизвестно. Фонд призывает Россию никого не возвращать в Туркменистан: людям, высланным туда по политическим мотивам, реально грозят преследование и пытки. Напоминаем также, что Россия как участница Конвенции ООН против пыток не вправе высылать людей туда, где им может угрожать жестокое обращение. Тем, кому угрожает принудительное возвращение, мы советуем как можно скорее связаться с юристами и правозащитными организациями. Мы продолжим следить за ситуацией и сообщим, как только появятся новые сведения.',
          },
        ],
      },
      tk: {
        title: 'Aşgabat Nawalnyýy goldap geçirilen protestlere gatnaşan türkmenleri yzyna gaýtarmagy Moskwadan soraýar',
        summary:
          'Gaznanyň çeşmesiniň maglumatyna görä, türkmen häkimiýetleri 23-nji ýanwardaky demonstrasiýalara gatnaşan raýatlaryň protest tejribesini öýe getirmeginden gorkup, olary yzyna ibermegi Russiýadan haýyş edipdir.',
        seoDescription:
          'Aşgabat Nawalnyýy goldap 23-nji ýanwarda geçirilen protestlere gatnaşan türkmen raýatlaryny Russiýadan gaýtarmak isleýär. Näme belli?',
        status: 'published',
        body: [
          {
            type: 'p',
            text: '2021-nji ýylyň 23-nji ýanwarynda Russiýanyň 100-den gowrak şäherinde adamlar Aleksey Nawalnyýy azat etmegi talap edip köçelere çykdy. Syýasatçy Germaniýada bejergi alandan soň, Russiýa dolanyp gelen badyna tussag edilipdi. Türkmen Helsinki Gaznasyna gelip gowşan maglumatlara görä, Aşgabat bu demonstrasiýalary aç-açan alada bilen yzarlaýar we şuňa meňzeş wakalaryň öz ýurdunda bolmazlygy üçin taýýarlyk görýär. Ýagdaýdan habarly çeşmämiziň aýtmagyna görä, türkmen tarapy Russiýanyň häkimiýetlerinden protestlere gatnaşan Türkmenistanyň ähli raýatlaryny, ilkinji nobatda saklananlary, watanyna gaýtaryp ibermegi haýyş edipdir. Çeşmäniň sözlerine görä, olary getirmek üçin S7 awiakompaniýasynyň uçuşy göz öňünde tutulýar. Eger bu haýyş kanagatlandyrylsa, adamlar hiç hili kazyýet işi bolmazdan ýurtdan çykarylar. Bu bolsa Russiýanyň kanunçylygyna hem, adam hukuklarynyň halkara ölçeglerine hem ters gelýär, üstesine-de bu pandemiýanyň iň gyzgalaňly döwründe bolup geçýär.',
          },
          { type: 'h2', text: '«Gaýdyp gelenlerden» gorky' },
          {
            type: 'p',
            text: 'Çeşmämiz bu howlukmaçlygy gorky bilen düşündirýär. Resmileriň pikiriçe, Moskwanyň ýa-da Sankt-Peterburgyň köçelerinde märekäniň içinde duran her bir adam köçe protestiniň nähili guralýandygyny öwrenýär. Şeýle tejribeli adam bolsa hiç hili açyk närazylyga çydamaýan režim üçin howp hasaplanýar. Türkmenistanyň özünde rugsatsyz ýygnanyşyklar diýen ýaly mümkin däl, ýurduň ýolbaşçylaryny açyk tankytlandyklary üçin adamlar türme tussaglygyna höküm edilýär. Maglumatlara görä, olaryň iň göze ilýänlerini «terrorçy» diýip yglan etmek mümkinçiligi ara alnyp maslahatlaşylýar. Hemmeleriň gözüniň öňünde berlen berk jeza beýlekiler üçin duýduryş bolmaly: öz hukuklaryňy goramak howply. Russiýada Türkmenistandan gelen on müňlerçe talyp we zähmet migranty ýaşaýar, şonuň üçin bu habar köp maşgalany aladalandyrdy.',
          },
          { type: 'h2', text: 'Protestleriň gerimi' },
          {
            type: 'p',
            text: 'Russiýadaky we Türkmenistandaky okyjylarymyz bize ýazyp, 23-nji ýanwardaky demonstrasiýalaryň nähili tamamlanandygyny soraýarlar. Russiýanyň Içeri işler ministrligi Moskwada protestlere 4 müň adamyň gatnaşandygyny aýtdy, Reuters habar gullugy bolsa 40 müňe golaý adamy hasaplady. Saklanmalary yzarlaýan garaşsyz hukuk goraýjy taslamalar has-da ýokary sanlary getirdiler. Çap edilen maglumatlara görä, saklananlaryň sany şeýle:',
          },
          {
            type: 'ul',
            items: [
              'bütin Russiýa boýunça — 3324 adam;',
              'Moskwada — 1320 adam;',
              'Sankt-Peterburgda — 490 adam;',
              'Nowosibirskde — 96 adam;',
              'Woronežde — 92 adam;',
              'Nižniý Nowgorodda — 90 adam.',
            ],
          },
          {
            type: 'p',
            text: 'Saklananlaryň arasynda Türkmenistanyň raýatlarynyň bardygy ýa-da ýokdugy häzirlikçe belli däl. Gazna Russiýany hiç kimi Türkmenistana gaýtarmazlyga çagyrýar: syýasy sebäpler bilen ol ýere iberilen adamlara yzarlanmak we gynamalar hakykatdan hem howp salýar. Şeýle hem Russiýanyň Gynamalara garşy BMG-niň Konwensiýasynyň gatnaşyjysy hökmünde adamlary rehimsiz çemeleşme howpy abanýan ýurda ibermäge haky ýokdugyny ýatladýarys. Mejbury gaýtarylmak howpy abanýan adamlara mümkin boldugyça tiz hukukçylar we hukuk goraýjy guramalar bilen habarlaşmagy maslahat berýäris. Biz ýagdaýy yzarlamagy dowam etdireris we täze maglumatlar peýda bolan badyna habar bereris.',
          },
        ],
      },
      en: {
        title: 'Ashgabat reportedly asks Moscow to send back Turkmen citizens who joined pro-Navalny protests',
        summary:
          'A source told the foundation that Ashgabat has asked Russia to return Turkmen nationals who took part in the January 23 demonstrations, fearing they will bring protest experience home.',
        seoDescription:
          'Ashgabat reportedly wants Turkmen citizens who joined the January 23 pro-Navalny protests in Russia sent home. What we know and why it matters.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'On January 23, 2021, people in more than 100 Russian cities took to the streets to demand the release of Alexei Navalny, who was detained as soon as he flew back from Germany, where he had been receiving medical treatment. Information reaching the Turkmenistan Helsinki Foundation suggests that Ashgabat is watching these events with open alarm and is already preparing to make sure nothing similar happens at home. According to a source familiar with the matter, the Turkmen side has asked the Russian authorities to send home every Turkmen citizen who took part in the rallies, starting with those who were detained. The source says a flight operated by the airline S7 is being considered to carry them. If the request is granted, people would be removed without any court process, in breach of both Russian law and international human rights standards, and in the middle of a pandemic.',
          },
          { type: 'h2', text: 'Why officials fear the “returnees”' },
          {
            type: 'p',
            text: 'Our source puts the haste down to fear. In the view of officials, anyone who has stood in a crowd in Moscow or St. Petersburg has learned how a street protest works, and a person with that knowledge is seen as a risk to a system that tolerates no public dissent. Inside Turkmenistan, unauthorised gatherings are all but impossible, and people have been given prison terms for openly criticising the country’s leadership. We are told that officials are discussing treating the most visible of them as “terrorists”: a harsh, public punishment would serve as a warning to everyone else that defending one’s rights carries a price. Tens of thousands of students and labour migrants from Turkmenistan live in Russia, and the news has alarmed many of their families.',
          },
          { type: 'h2', text: 'How big were the protests?' },
          {
            type: 'p',
            text: 'Readers in Russia and Turkmenistan have been writing to ask us how the January 23 demonstrations ended. Russia’s Interior Ministry put the turnout in Moscow at 4,000, while Reuters counted about 40,000. Independent rights projects that track detentions gave even higher figures. According to published figures, detentions broke down as follows:',
          },
          {
            type: 'ul',
            items: [
              'across Russia: 3,324 people;',
              'Moscow: 1,320;',
              'St. Petersburg: 490;',
              'Novosibirsk: 96;',
              'Voronezh: 92;',
              'Nizhny Novgorod: 90.',
            ],
          },
          {
            type: 'p',
            text: 'It is not yet known whether any Turkmen citizens are among those detained. The foundation calls on Russia not to return anyone to Turkmenistan, where people sent back for political reasons face a real risk of persecution and torture. We would also remind Moscow that, as a party to the UN Convention against Torture, Russia may not send people to a country where they risk ill-treatment. Anyone who is threatened with forced return should contact lawyers and human rights organisations as quickly as possible. We will keep following the situation and will report as soon as new information becomes available.',
          },
        ],
      },
    },
  },

  // 2. Cotton harvest 2019 (tk source; ru, tk, en)
  {
    key: 'a-cotton-harvest-dashoguz-teachers-2019',
    sourceLocale: 'tk',
    category: 'labour-rights',
    tags: ['cotton'],
    authors: ['aman-gurbanov'],
    publishedAt: '2019-10-02T07:15:00Z',
    cover: 'cotton-field',
    translations: {
      tk: {
        title: 'Daşoguzly mugallymlar ýene pagta meýdanlarynda: 2019-njy ýylyň hasyl möwsümi',
        summary:
          'Pagta ýygymy başlanandan bäri Daşoguz welaýatynyň mugallymlary we lukmanlary meýdana çykmaga ýa-da öz ornuna ýygymçy tutmaga mejbur edilýär.',
        seoDescription:
          'Daşoguz welaýatynda mugallymlar we lukmanlar ýene pagta ýygymyna mejbury çekilýär ýa-da ýygymçy üçin pul töleýär. 2019-njy ýylyň möwsümi.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Sentýabr aýynyň ahyrynda Daşoguz we Lebap welaýatlarynda pagta ýygymy başlandy. Habarçymyzyň maglumatyna görä, öňki ýyllarda bolşy ýaly, býujet edaralarynyň işgärleri, ilkinji nobatda mugallymlar we lukmanlar, ýene-de meýdana iberilýär. Resmi taýdan bu işe «meýletin kömek» diýilýär, emma işgärleriň özleri başga saýlaw ýokdugyny aýdýarlar.',
          },
          {
            type: 'quote',
            text: '«Ýygyma gitmekden ýüz öwürseň, işden çykmak barada arza ýazmagy maslahat berýärler. Şonuň üçin hemmeler ýa gidýär, ýa-da pul töleýär», — diýip, Daşoguzdan bir mugallym gürrüň berdi.',
          },
          { type: 'h2', text: 'Işgärlerden näme talap edilýär' },
          {
            type: 'ul',
            items: [
              'hepdäniň belli günlerinde ýa-da dynç günlerinde meýdana çykyp, kesgitlenen mukdarda pagta ýygnamak;',
              'öz ornuna ýygymçy tutmak we onuň hakyny öz aýlygyndan tölemek;',
              'ýygymçylaryň ulagy, iýmiti we ýangyjy üçin ýygnalýan pula goşant goşmak.',
            ],
          },
          {
            type: 'p',
            text: 'Mugallymlaryň meýdana gitmegi sebäpli käbir mekdeplerde sapaklar gysgaldylýar ýa-da sagatlar galan mugallymlaryň arasynda paýlanýar. Lukmanlar bolsa hassahanadaky nobatçylykdan soň meýdana gitmeli bolýarlar. Ýygymçylar köplenç ýük maşynlarynyň kuzowynda daşalýar, meýdanlarda bolsa arassa agyz suwy we dynç almak üçin ýer ýetmezçilik edýär.',
          },
          { type: 'h2', text: 'Halkara basyş' },
          {
            type: 'p',
            text: 'Türkmenistanyň häkimiýetleri mejbury zähmetiň bardygyny ret edýär. Şol bir wagtda, 2018-nji ýylyň maý aýynda ABŞ-nyň Gümrük we serhet goragy gullugy türkmen pagtasyndan öndürilen harytlaryň getirilmegini çäklendiripdi. Gazna häkimiýetleri býujet işgärlerini pagta ýygymyna çekmegi bes etmäge we Halkara Zähmet Guramasynyň garaşsyz synçylaryny ýurda goýbermäge çagyrýar.',
          },
        ],
      },
      ru: {
        title: 'Учителей Дашогуза вновь отправляют на хлопок: сбор урожая 2019 года',
        summary:
          'С началом хлопковой страды учителей и врачей Дашогузского велаята снова заставляют выходить в поле или нанимать сборщиков за свой счёт.',
        seoDescription:
          'В Дашогузском велаяте учителей и врачей вновь принуждают собирать хлопок или платить наёмным сборщикам. Как проходит сезон 2019 года.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'В конце сентября в Дашогузском и Лебапском велаятах начался сбор хлопка. Как сообщает наш корреспондент, работников бюджетных учреждений, прежде всего учителей и врачей, как и в прежние годы, снова отправляют в поля. Официально это называется «добровольной помощью», но сами работники говорят, что выбора у них нет.',
          },
          {
            type: 'quote',
            text: '«Если откажешься ехать на сбор, тебе посоветуют написать заявление об увольнении. Поэтому все либо едут, либо платят», — рассказала учительница из Дашогуза.',
          },
          { type: 'h2', text: 'Чего требуют от работников' },
          {
            type: 'ul',
            items: [
              'выходить в поле в определённые дни недели или в выходные и собирать установленную норму;',
              'нанимать вместо себя сборщика и оплачивать его работу из собственной зарплаты;',
              'сдавать деньги на транспорт, питание и топливо для сборщиков.',
            ],
          },
          {
            type: 'p',
            text: 'Из-за отъезда учителей в некоторых школах сокращают уроки или распределяют часы между оставшимися педагогами. Врачи едут в поле после дежурств в больницах. Сборщиков часто везут в кузовах грузовиков, а на полях не хватает питьевой воды и мест для отдыха.',
          },
          { type: 'h2', text: 'Международное давление' },
          {
            type: 'p',
            text: 'Власти Туркменистана отрицают существование принудительного труда. Между тем в мае 2018 года Служба таможни и охраны границ США ограничила ввоз товаров, произведённых из туркменского хлопка. Фонд призывает власти прекратить привлекать бюджетников к сбору урожая и допустить в страну независимых наблюдателей Международной организации труда.',
          },
        ],
      },
      en: {
        title: 'Dashoguz teachers sent back to the cotton fields as the 2019 harvest begins',
        summary:
          'With the cotton harvest under way, teachers and doctors in Dashoguz province are once again being made to pick cotton themselves or pay for hired pickers.',
        seoDescription:
          'Teachers and doctors in Dashoguz province are again forced to pick cotton or pay for replacement pickers. Our report on the 2019 harvest.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'The cotton harvest began in Dashoguz and Lebap provinces at the end of September. According to our correspondent, public-sector employees, above all teachers and doctors, are once again being sent to the fields, just as in previous years. Officially this is called “voluntary help”, but the workers themselves say they have no choice.',
          },
          {
            type: 'quote',
            text: '“If you refuse to go, they suggest you write a letter of resignation. So everyone either goes or pays,” a teacher from Dashoguz told us.',
          },
          { type: 'h2', text: 'What is demanded of employees' },
          {
            type: 'ul',
            items: [
              'going to the fields on set weekdays or at weekends and picking a fixed quota;',
              'hiring a picker to go in their place and paying them out of their own salary;',
              'chipping in for the pickers’ transport, food and fuel.',
            ],
          },
          {
            type: 'p',
            text: 'With teachers away, some schools shorten lessons or share the hours among the staff who remain. Doctors head to the fields after their hospital shifts. Pickers are often driven in the backs of lorries, and the fields lack drinking water and places to rest.',
          },
          { type: 'h2', text: 'International pressure' },
          {
            type: 'p',
            text: 'The Turkmen authorities deny that forced labour exists. Yet in May 2018 US Customs and Border Protection restricted imports of goods made with Turkmen cotton. The foundation calls on the authorities to stop drafting public-sector workers into the harvest and to let independent monitors from the International Labour Organization into the country.',
          },
        ],
      },
    },
  },

  // 3. Demolitions in Ashgabat (ru only)
  {
    key: 'a-ashgabat-demolitions-no-compensation',
    sourceLocale: 'ru',
    category: 'news',
    tags: ['housing'],
    authors: ['aman-gurbanov'],
    publishedAt: '2019-06-18T10:40:00Z',
    cover: 'city-blocks',
    translations: {
      ru: {
        title: 'Снос без компенсации: жители частного сектора Ашхабада теряют дома',
        summary:
          'В нескольких районах частной застройки Ашхабада сносят дома; по словам жителей, компенсацию им не выплачивают или предлагают неравноценное жильё.',
        seoDescription:
          'Жители частного сектора Ашхабада рассказывают о сносе домов без внятного предупреждения и компенсации. Репортаж нашего корреспондента.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Весной и в начале лета 2019 года в нескольких районах частной застройки на окраинах Ашхабада снесли десятки домов. Как сообщает наш корреспондент, о выселении жителей извещали устно или короткими уведомлениями, в которых не было ни ссылки на решение суда, ни сведений о размере возмещения.',
          },
          {
            type: 'quote',
            text: '«Нам дали две недели. Куда переезжать и на какие деньги, никто не объяснил. Документы на дом у нас в порядке, но это никого не интересовало», — рассказала жительница одного из снесённых кварталов.',
          },
          { type: 'h2', text: 'Что рассказывают жители' },
          {
            type: 'ul',
            items: [
              'денежную компенсацию, как правило, не выплачивают, а её размер заранее не называют;',
              'взамен иногда предлагают квартиры в недостроенных домах далеко от центра или место в очереди на жильё без указания сроков;',
              'людей просят подписать заявление о том, что они выезжают добровольно и претензий не имеют;',
              'жалобы в хякимлик и в суды, по словам жителей, остаются без ответа.',
            ],
          },
          {
            type: 'p',
            text: 'Многие семьи жили в этих домах не одно поколение. После сноса часть из них перебралась к родственникам, другие снимают жильё и отдают за аренду значительную долю семейного бюджета.',
          },
          { type: 'h2', text: 'Позиция фонда' },
          {
            type: 'p',
            text: 'Туркменистан является участником Международного пакта об экономических, социальных и культурных правах и обязан защищать людей от принудительных выселений. Изъятие жилья допустимо лишь на основании закона, после настоящих консультаций с жителями и при условии справедливого и заблаговременного возмещения. Фонд призывает хякимлик Ашхабада приостановить снос до тех пор, пока каждой семье не будет гарантирована равноценная компенсация.',
          },
        ],
      },
    },
  },

  // 4. Turkmen migrants in Turkey and expiring passports (ru, tk; no en)
  {
    key: 'a-turkey-migrants-expiring-passports',
    sourceLocale: 'ru',
    category: 'freedom-of-movement',
    tags: ['turkey', 'migrants'],
    authors: ['maral-annayeva'],
    publishedAt: '2020-02-11T12:00:00Z',
    cover: 'passport',
    translations: {
      ru: {
        title: 'Паспорт на исходе: туркменские мигранты в Турции оказываются в ловушке',
        summary:
          'Граждане Туркменистана в Турции не могут продлить паспорта за границей, а без действительного документа теряют право жить и работать в стране.',
        seoDescription:
          'Почему туркменские мигранты в Турции не могут обменять паспорта и чем им грозит возвращение на родину. Анализ Марал Аннаевой.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'В Турции живут и работают десятки тысяч граждан Туркменистана. Для многих из них главной проблемой стал не поиск работы, а паспорт. Когда срок его действия подходит к концу, выясняется, что обменять документ в генеральном консульстве Туркменистана в Стамбуле или в посольстве в Анкаре практически невозможно.',
          },
          { type: 'h2', text: '«Поезжайте домой»' },
          {
            type: 'p',
            text: 'По словам мигрантов, обратившихся в фонд, в консульских учреждениях им советуют вернуться в Туркменистан и оформить новый паспорт там. Люди боятся, что после возвращения их больше не выпустят из страны: случаи, когда гражданам без всяких объяснений запрещают выезд, хорошо известны.',
          },
          {
            type: 'quote',
            text: '«Я три года отправляю деньги семье. Если поеду менять паспорт, могу остаться там без работы и без возможности уехать обратно», — сказал нам уроженец Мары, работающий на стройке в Стамбуле.',
          },
          { type: 'h2', text: 'Последствия' },
          {
            type: 'ul',
            items: [
              'без действительного паспорта нельзя продлить вид на жительство в Турции;',
              'нелегальное положение грозит штрафами и депортацией;',
              'люди теряют официальную работу и доступ к медицинской помощи;',
              'дети мигрантов сталкиваются с трудностями при записи в школу.',
            ],
          },
          {
            type: 'p',
            text: 'Фонд считает, что власти Туркменистана обязаны дать гражданам возможность получать и продлевать паспорта за рубежом, как того требует право на свободу передвижения. Турецкие власти мы призываем не высылать людей, оставшихся без документов не по своей вине, и учитывать риски, с которыми они могут столкнуться по возвращении.',
          },
        ],
      },
      tk: {
        title: 'Möhleti gutarýan pasport: Türkiýedäki türkmen migrantlary duzaga düşýär',
        summary:
          'Türkiýedäki Türkmenistanyň raýatlary pasportlaryny daşary ýurtda täzeläp bilmeýärler, hakyky resminamasy bolmasa bolsa ol ýerde ýaşamak we işlemek hukugyny ýitirýärler.',
        seoDescription:
          'Türkiýedäki türkmen migrantlary näme üçin pasportlaryny çalşyp bilmeýär we watana dolanmak olara nähili howp salýar. Maral Annaýewanyň seljermesi.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Türkiýede Türkmenistanyň on müňlerçe raýaty ýaşaýar we işleýär. Olaryň köpüsi üçin iň uly mesele iş tapmak däl-de, pasport bolup durýar. Pasportyň möhleti gutaranda, ony Türkmenistanyň Stambuldaky baş konsullygynda ýa-da Ankaradaky ilçihanasynda çalyşmagyň diýen ýaly mümkin däldigi ýüze çykýar.',
          },
          { type: 'h2', text: '«Öýüňize gaýdyň»' },
          {
            type: 'p',
            text: 'Gazna ýüz tutan migrantlaryň aýtmagyna görä, konsullyk edaralarynda olara Türkmenistana dolanyp, täze pasporty şol ýerde almagy maslahat berýärler. Adamlar gaýdyp barsalar, ýurtdan ýene çykmaga rugsat berilmezliginden gorkýarlar: raýatlara hiç hili düşündiriş bermezden ýurtdan çykmagy gadagan edýän ýagdaýlar giňden mälimdir.',
          },
          {
            type: 'quote',
            text: '«Üç ýyl bäri maşgalama pul iberýärin. Pasport çalyşmaga gitsem, ol ýerde işsiz galyp, yzyma gaýdyp bilmezligim mümkin», — diýip, Stambulda gurluşykda işleýän maryly bir adam aýtdy.',
          },
          { type: 'h2', text: 'Netijeleri' },
          {
            type: 'ul',
            items: [
              'hakyky pasport bolmasa, Türkiýede ýaşamak üçin rugsatnamany uzaltmak mümkin däl;',
              'bikanun ýagdaýda galmak jerimelere we deportasiýa getirip biler;',
              'adamlar resmi işini we lukmançylyk kömeginden peýdalanmak mümkinçiligini ýitirýärler;',
              'migrantlaryň çagalary mekdebe ýazylanda kynçylyklara uçraýarlar.',
            ],
          },
          {
            type: 'p',
            text: 'Gazna Türkmenistanyň häkimiýetleriniň hereket azatlygy hukugyna laýyklykda raýatlaryna daşary ýurtda pasport almaga we ony täzelemäge mümkinçilik döretmäge borçludygyny hasaplaýar. Türkiýäniň häkimiýetlerini bolsa öz günäsi bolmazdan resminamasyz galan adamlary ýurtdan çykarmazlyga we olaryň watanyna dolananda duçar bolup biljek howplaryny hasaba almaga çagyrýarys.',
          },
        ],
      },
    },
  },

  // 5. COVID-19 denial (ru, tk published; en draft)
  {
    key: 'a-covid-denial-spring-2020',
    sourceLocale: 'ru',
    category: 'news',
    tags: ['covid-19'],
    authors: ['thf-staff'],
    publishedAt: '2020-04-09T08:30:00Z',
    cover: 'hospital',
    translations: {
      ru: {
        title: 'Страна без коронавируса: как Туркменистан отрицает эпидемию',
        summary:
          'Официальный Ашхабад утверждает, что в стране нет ни одного случая COVID-19, однако жители рассказывают о закрытых границах, санитарных постах и негласном запрете обсуждать болезнь.',
        seoDescription:
          'Туркменистан официально не сообщает о случаях COVID-19. Жители рассказывают о мерах властей и молчании врачей весной 2020 года.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'По официальным данным, в Туркменистане до сих пор не выявлено ни одного случая COVID-19. Государственные СМИ почти не пишут о пандемии, а международные организации, защищающие свободу прессы, сообщали, что даже слово «коронавирус» стараются не употреблять в официальных текстах.',
          },
          { type: 'h2', text: 'Меры без объяснений' },
          {
            type: 'p',
            text: 'При этом ограничения вводятся одно за другим. Международное авиасообщение приостановлено, границы с соседними странами закрыты, на въездах в Ашхабад и между велаятами работают санитарные посты, где водителям и пассажирам измеряют температуру. Массовые мероприятия между тем не отменяют: 7 апреля, во Всемирный день здоровья, в столице прошёл массовый велопробег, а жителей по-прежнему собирают на праздничные концерты и субботники.',
          },
          {
            type: 'quote',
            text: '«Нам прямо сказали: диагнозов, связанных с вирусом, быть не должно. С родственниками больных мы говорим только о пневмонии», — рассказала врач одной из больниц Лебапского велаята.',
          },
          { type: 'h2', text: 'Чего мы требуем' },
          {
            type: 'p',
            text: 'Фонд напоминает, что право на здоровье включает и право на достоверную информацию. Мы призываем власти Туркменистана:',
          },
          {
            type: 'ol',
            items: [
              'публиковать реальные данные о тестировании и заболеваемости;',
              'разрешить медикам открыто говорить о ситуации, не опасаясь увольнения;',
              'обеспечить доступ в страну независимых экспертов Всемирной организации здравоохранения;',
              'помочь вернуться домой гражданам, застрявшим за границей после закрытия границ.',
            ],
          },
        ],
      },
      tk: {
        title: 'Koronawirussyz ýurt: Türkmenistan epidemiýany nädip inkär edýär',
        summary:
          'Resmi Aşgabat ýurtda COVID-19 keseliniň ýekeje-de ýagdaýynyň ýokdugyny tassyklaýar, emma ýaşaýjylar ýapylan serhetler, sanitar postlar we kesel barada gürlemegiň aýdylmadyk gadagançylygy hakynda gürrüň berýärler.',
        seoDescription:
          'Türkmenistan COVID-19 ýagdaýlary barada resmi habar bermeýär. Ýaşaýjylar häkimiýetleriň çäreleri we lukmanlaryň dymmagy barada gürrüň berýär.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Resmi maglumatlara görä, Türkmenistanda şu wagta çenli COVID-19 keseliniň ýekeje-de ýagdaýy ýüze çykarylmady. Döwlet metbugaty pandemiýa barada diýen ýaly ýazmaýar, metbugat azatlygyny goraýan halkara guramalar bolsa resmi tekstlerde hatda «koronawirus» sözüni hem ulanmazlyga çalyşýandyklaryny habar berdiler.',
          },
          { type: 'h2', text: 'Düşündirişsiz çäreler' },
          {
            type: 'p',
            text: 'Şol bir wagtda ýurtda çäklendirmeler birin-birin girizilýär. Halkara howa gatnawlary togtadyldy, goňşy ýurtlar bilen serhetler ýapyldy, Aşgabada girelgelerde we welaýatlaryň arasynda sürüjileriň we ýolagçylaryň bedeniniň gyzgynlygyny ölçeýän sanitar postlar işleýär. Ýöne köpçülikleýin çäreler ýatyrylmaýar: 7-nji aprelde, Bütindünýä saglyk gününde, paýtagtda köpçülikleýin welosiped ýörişi geçirildi, ýaşaýjylary bolsa baýramçylyk konsertlerine we şenbeliklere ýygnamak dowam edýär.',
          },
          {
            type: 'quote',
            text: '«Bize göni aýtdylar: wirus bilen baglanyşykly diagnoz bolmaly däl. Näsaglaryň garyndaşlary bilen diňe pnewmoniýa barada gürleşýäris», — diýip, Lebap welaýatynyň hassahanalarynyň biriniň lukmany gürrüň berdi.',
          },
          { type: 'h2', text: 'Biziň talaplarymyz' },
          {
            type: 'p',
            text: 'Gazna saglyk hukugynyň ygtybarly maglumat almak hukugyny hem öz içine alýandygyny ýatladýar. Biz Türkmenistanyň häkimiýetlerini şulara çagyrýarys:',
          },
          {
            type: 'ol',
            items: [
              'synaglar we kesellemegiň derejesi barada hakyky maglumatlary çap etmäge;',
              'lukmanlara işden çykarylmakdan gorkman ýagdaý barada açyk gürlemäge rugsat bermäge;',
              'Bütindünýä Saglygy Goraýyş Guramasynyň garaşsyz hünärmenleriniň ýurda gelmegini üpjün etmäge;',
              'serhetler ýapylandan soň daşary ýurtda galan raýatlara öýlerine dolanmaga kömek etmäge.',
            ],
          },
        ],
      },
      en: {
        title: 'A country with no coronavirus: how Turkmenistan is denying the epidemic',
        summary:
          'Officially, Turkmenistan has not recorded a single case of COVID-19, yet residents describe closed borders, health checkpoints and an unspoken ban on discussing the disease.',
        seoDescription:
          'Turkmenistan reports no COVID-19 cases. Residents describe sweeping restrictions, health checkpoints and doctors told to stay silent.',
        status: 'draft',
        body: [
          {
            type: 'p',
            text: 'According to official figures, Turkmenistan has still not recorded a single case of COVID-19. State media barely mention the pandemic, and international press freedom groups have reported that even the word “coronavirus” is being kept out of official texts.',
          },
          { type: 'h2', text: 'Restrictions without explanation' },
          {
            type: 'p',
            text: 'At the same time, one restriction follows another. International flights have been suspended, the borders with neighbouring countries are closed, and health posts where drivers and passengers have their temperature taken operate at the entrances to Ashgabat and between provinces. Mass events, however, go ahead: on April 7, World Health Day, a mass bicycle ride was held in the capital, and residents are still being rounded up for festive concerts and community clean-ups.',
          },
          {
            type: 'quote',
            text: '“We were told plainly: there must be no diagnoses linked to the virus. With patients’ relatives we talk only about pneumonia,” said a doctor at a hospital in Lebap province.',
          },
          { type: 'h2', text: 'What we are calling for' },
          {
            type: 'p',
            text: 'The foundation points out that the right to health includes the right to reliable information. We call on the Turkmen authorities to:',
          },
          {
            type: 'ol',
            items: [
              'publish real data on testing and infections;',
              'allow medical staff to speak openly about the situation without fear of dismissal;',
              'give independent experts from the World Health Organization access to the country;',
              'help citizens stranded abroad by the border closures to return home.',
            ],
          },
        ],
      },
    },
  },

  // 6. VPN blocking (en source; ru, tk, en)
  {
    key: 'a-vpn-blocking-crackdown-2020',
    sourceLocale: 'en',
    category: 'media-freedom',
    tags: ['internet', 'youth', 'journalists'],
    authors: ['thf-staff'],
    publishedAt: '2020-09-22T11:20:00Z',
    cover: 'phone-signal',
    translations: {
      en: {
        title: 'VPN crackdown leaves Turkmen internet users with ever fewer ways out',
        summary:
          'The authorities keep blocking VPN services and social networks, and users say they are being summoned and made to promise to stop using circumvention tools.',
        seoDescription:
          'Turkmenistan is stepping up VPN blocking. Young people and journalists describe summonses, written pledges and an internet that barely works.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Turkmenistan’s internet has long been one of the most restricted in the world. The state company Turkmentelecom is in effect the only provider, and popular social networks, messaging apps and many independent news sites are blocked. For most users a VPN is the only way to reach them. Since the summer of 2020, our readers say, even that route has been closing.',
          },
          { type: 'h2', text: 'Blocking in waves' },
          {
            type: 'p',
            text: 'Users in Ashgabat and several provinces say VPN services stop working in waves: one week a few apps still connect, the next they are cut off as well. People who sell and install VPNs on phones are charging more and more for their services, and mobile internet is often too slow to load a page at all.',
          },
          {
            type: 'quote',
            text: '“They called me in, showed me a printout of the sites I had visited and told me to sign a paper promising I would not use a VPN again,” a student from Ashgabat told us.',
          },
          { type: 'h2', text: 'Who is affected' },
          {
            type: 'ul',
            items: [
              'young people, who rely on social networks to study, look for work and keep in touch with relatives abroad;',
              'families of migrant workers in Turkey and Russia, for whom messaging apps are the cheapest way to talk;',
              'journalists and contributors to foreign media, who need secure connections to send their material.',
            ],
          },
          {
            type: 'p',
            text: 'The foundation regards the wholesale blocking of websites and circumvention tools as a violation of the right to seek and receive information, which is guaranteed by the International Covenant on Civil and Political Rights, to which Turkmenistan is a party. We call on the authorities to stop putting pressure on users and to lift the blocks on social networks and independent media.',
          },
        ],
      },
      ru: {
        title: 'Наступление на VPN: у пользователей в Туркменистане остаётся всё меньше лазеек',
        summary:
          'Власти продолжают блокировать VPN-сервисы и социальные сети, а пользователи рассказывают, что их вызывают и заставляют обещать не пользоваться средствами обхода блокировок.',
        seoDescription:
          'В Туркменистане усиливается блокировка VPN. Молодёжь и журналисты рассказывают о вызовах, расписках и почти неработающем интернете.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Интернет в Туркменистане давно считается одним из самых ограниченных в мире. Государственная компания «Туркментелеком» фактически остаётся единственным провайдером, а популярные социальные сети, мессенджеры и многие независимые новостные сайты заблокированы. Для большинства пользователей единственный способ попасть на них — VPN. По словам наших читателей, с лета 2020 года закрывается и этот путь.',
          },
          { type: 'h2', text: 'Блокировки волнами' },
          {
            type: 'p',
            text: 'Как рассказывают пользователи в Ашхабаде и в нескольких велаятах, VPN-сервисы перестают работать волнами: на одной неделе ещё подключаются отдельные приложения, на следующей отключают и их. Те, кто продаёт и устанавливает VPN на телефоны, берут за свои услуги всё больше, а мобильный интернет нередко настолько медленный, что страница просто не открывается.',
          },
          {
            type: 'quote',
            text: '«Меня вызвали, показали распечатку сайтов, на которые я заходил, и велели подписать бумагу о том, что я больше не буду пользоваться VPN», — рассказал нам студент из Ашхабада.',
          },
          { type: 'h2', text: 'Кого это касается' },
          {
            type: 'ul',
            items: [
              'молодёжи, которая пользуется соцсетями, чтобы учиться, искать работу и поддерживать связь с родственниками за границей;',
              'семей трудовых мигрантов в Турции и России, для которых мессенджеры — самый дешёвый способ общения;',
              'журналистов и авторов зарубежных СМИ, которым для передачи материалов нужна защищённая связь.',
            ],
          },
          {
            type: 'p',
            text: 'Фонд считает сплошную блокировку сайтов и средств обхода нарушением права искать и получать информацию, гарантированного Международным пактом о гражданских и политических правах, участником которого является Туркменистан. Мы призываем власти прекратить давление на пользователей и снять блокировку социальных сетей и независимых СМИ.',
          },
        ],
      },
      tk: {
        title: 'VPN-e garşy göreş: Türkmenistanda internet ulanyjylarynyň öňündäki ýollar daralýar',
        summary:
          'Häkimiýetler VPN hyzmatlaryny we sosial ulgamlary petiklemegi dowam etdirýär, ulanyjylar bolsa çagyrylyp, petiklemäni aýlanyp geçýän gurallary ulanmazlyga söz bermäge mejbur edilýändiklerini aýdýarlar.',
        seoDescription:
          'Türkmenistanda VPN petiklenmesi güýçlenýär. Ýaşlar we žurnalistler çagyryşlar, ýazmaça borçnamalar we işlemeýän internet barada gürrüň berýär.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Türkmenistanyň interneti köpden bäri dünýäde iň köp çäklendirilen internetleriň biri hasaplanýar. «Türkmentelekom» döwlet kompaniýasy diýen ýaly ýeke-täk üpjün ediji bolup durýar, meşhur sosial ulgamlar, habarlaşyk programmalary we köp sanly garaşsyz habar saýtlary petiklenendir. Ulanyjylaryň köpüsi üçin olara girmegiň ýeke-täk ýoly VPN. Okyjylarymyzyň aýtmagyna görä, 2020-nji ýylyň tomsundan bäri bu ýol hem ýapylýar.',
          },
          { type: 'h2', text: 'Tapgyrlaýyn petiklemeler' },
          {
            type: 'p',
            text: 'Aşgabatdaky we birnäçe welaýatdaky ulanyjylaryň sözlerine görä, VPN hyzmatlary tapgyrlaýyn işlemesini bes edýär: bir hepde käbir programmalar entek birikýär, indiki hepde olar hem kesilýär. Telefonlara VPN satýan we gurnaýan adamlar hyzmatlary üçin barha köp pul alýarlar, mobil internet bolsa köplenç sahypany açar ýaly tiz işlemeýär.',
          },
          {
            type: 'quote',
            text: '«Meni çagyryp, giren saýtlarymyň çap edilen sanawyny görkezdiler we mundan beýläk VPN ulanmajakdygym barada kagyza gol çekmegi buýurdylar», — diýip, aşgabatly bir talyp bize gürrüň berdi.',
          },
          { type: 'h2', text: 'Kimler ejir çekýär' },
          {
            type: 'ul',
            items: [
              'ýaşlar: olar sosial ulgamlardan okuw, iş gözlemek we daşary ýurtdaky garyndaşlary bilen aragatnaşyk saklamak üçin peýdalanýarlar;',
              'Türkiýede we Russiýada işleýän zähmet migrantlarynyň maşgalalary: olar üçin habarlaşyk programmalary gürleşmegiň iň arzan ýoly;',
              'žurnalistler we daşary ýurt metbugatynyň awtorlary: olar materiallaryny ibermek üçin howpsuz birikmä mätäç.',
            ],
          },
          {
            type: 'p',
            text: 'Gazna saýtlaryň we petiklemäni aýlanyp geçýän gurallaryň köpçülikleýin petiklenmegini Türkmenistanyň hem gatnaşyjysy bolan Raýat we syýasy hukuklar hakyndaky halkara paktda kepillendirilen maglumat gözlemek we almak hukugynyň bozulmagy hasaplaýar. Biz häkimiýetleri ulanyjylara basyş etmegi bes etmäge we sosial ulgamlaryň hem-de garaşsyz metbugatyň petiklenmesini aýyrmaga çagyrýarys.',
          },
        ],
      },
    },
  },

  // 7. Political prisoners whose fate is unknown, raised at the OSCE (ru, tk, en)
  {
    key: 'a-osce-warsaw-disappeared-prisoners',
    sourceLocale: 'ru',
    category: 'political-prisoners',
    tags: ['prisons', 'osce'],
    authors: ['thf-staff'],
    publishedAt: '2019-09-24T14:00:00Z',
    cover: 'closed-door',
    translations: {
      ru: {
        title: 'Живы ли они? Фонд напомнил ОБСЕ о заключённых, пропавших в туркменских тюрьмах',
        summary:
          'На ежегодном совещании ОБСЕ в Варшаве представители фонда призвали государства-участники добиваться от Ашхабада сведений о политзаключённых, о которых годами ничего не известно.',
        seoDescription:
          'На совещании ОБСЕ по человеческому измерению в Варшаве фонд поднял вопрос о политзаключённых Туркменистана, чья судьба неизвестна.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'В сентябре 2019 года в Варшаве прошло ежегодное Совещание ОБСЕ по рассмотрению выполнения обязательств в области человеческого измерения. Представители Туркменского Хельсинкского фонда напомнили на нём о людях, которые годами содержатся в туркменских тюрьмах без всякой связи с внешним миром.',
          },
          { type: 'h2', text: 'Годы молчания' },
          {
            type: 'p',
            text: 'Многие из них были осуждены на закрытых процессах после событий ноября 2002 года. С тех пор родственники не получают от них писем, свиданий им не разрешают, а официальные запросы остаются без ответа. Некоторых, по имеющимся сведениям, содержат в тюрьме Овадан-Депе недалеко от Ашхабада. Международная кампания «Докажите, что они живы!» ведёт список из более чем ста человек, пропавших в местах заключения Туркменистана. О судьбе нескольких из них стало известно лишь из неофициальных сообщений об их смерти.',
          },
          {
            type: 'quote',
            text: '«Мы не знаем, жив ли наш отец. Нам нужно только одно письмо или одно свидание», — сказала родственница одного из заключённых.',
          },
          { type: 'h2', text: 'Наши требования' },
          {
            type: 'ol',
            items: [
              'сообщить родственникам, живы ли заключённые и где их содержат;',
              'разрешить свидания, переписку и доступ адвокатов;',
              'открыть места заключения для независимого мониторинга, в том числе для Международного комитета Красного Креста;',
              'пересмотреть приговоры, вынесенные с нарушением права на справедливое судебное разбирательство.',
            ],
          },
          {
            type: 'p',
            text: 'Фонд призывает государства — участники ОБСЕ поднимать этот вопрос в двусторонних контактах с Ашхабадом до тех пор, пока судьба каждого из этих людей не будет прояснена.',
          },
        ],
      },
      tk: {
        title: 'Olar dirimi? Warşawada ýitirim bolan türkmen tussaglary barada ýene sorag goýuldy',
        summary:
          'Warşawada geçirilen ÝHHG-niň ýyllyk maslahatynda Gaznanyň wekilleri gatnaşyjy döwletleri ýyllar boýy hiç hili habar bolmadyk syýasy tussaglaryň ykbaly barada Aşgabatdan maglumat talap etmäge çagyrdy.',
        seoDescription:
          'Warşawadaky ÝHHG maslahatynda Gazna ykbaly näbelli bolan türkmen syýasy tussaglary meselesini gozgady.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: '2019-njy ýylyň sentýabr aýynda Warşawada ÝHHG-niň adam ölçegi boýunça borçnamalaryň ýerine ýetirilişine seredýän ýyllyk maslahaty geçirildi. Türkmen Helsinki Gaznasynyň wekilleri onda ýyllar boýy daşky dünýä bilen hiç hili aragatnaşyksyz türkmen türmelerinde saklanýan adamlary ýatlatdylar.',
          },
          { type: 'h2', text: 'Dymyşlyk ýyllary' },
          {
            type: 'p',
            text: 'Olaryň köpüsi 2002-nji ýylyň noýabr wakalaryndan soň ýapyk kazyýet işlerinde höküm edilipdi. Şondan bäri garyndaşlary olardan hat almaýarlar, duşuşmaga hem rugsat berilmeýär, resmi ýüzlenmeler bolsa jogapsyz galýar. Käbirleriniň Aşgabadyň golaýyndaky Owadandepe türmesinde saklanýandygy aýdylýar. «Olaryň diridigini subut ediň!» atly halkara kampaniýa Türkmenistanyň tussaglyk ýerlerinde ýitirim bolan ýüzden gowrak adamyň sanawyny alyp barýar. Olaryň käbiriniň ykbaly barada diňe ölendigi hakyndaky resmi däl habarlardan belli boldy.',
          },
          {
            type: 'quote',
            text: '«Kakamyzyň diridigini bilmeýäris. Bize bir hatdan ýa-da bir duşuşykdan başga zat gerek däl», — diýip, tussaglaryň biriniň garyndaşy aýtdy.',
          },
          { type: 'h2', text: 'Biziň talaplarymyz' },
          {
            type: 'ol',
            items: [
              'tussaglaryň diridigini we nirede saklanýandygyny garyndaşlaryna habar bermek;',
              'duşuşyklara, hat alyşmaga we aklawçylaryň gatnamagyna rugsat bermek;',
              'tussaglyk ýerlerini garaşsyz gözegçilik, şol sanda Gyzyl Haçyň Halkara Komiteti üçin açmak;',
              'adalatly kazyýet hukugy bozulyp çykarylan hökümlere täzeden seretmek.',
            ],
          },
          {
            type: 'p',
            text: 'Gazna ÝHHG-niň gatnaşyjy döwletlerini bu adamlaryň her biriniň ykbaly anyklanýança bu meseläni Aşgabat bilen ikitaraplaýyn gatnaşyklarda gozgamaga çagyrýar.',
          },
        ],
      },
      en: {
        title: 'Are they alive? At the OSCE, the foundation raises Turkmen prisoners who have vanished behind bars',
        summary:
          'At the OSCE’s annual meeting in Warsaw, the foundation urged participating states to press Ashgabat for news of political prisoners who have not been heard from for years.',
        seoDescription:
          'At the OSCE Human Dimension meeting in Warsaw, the foundation raised the cases of Turkmen political prisoners whose fate remains unknown.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'In September 2019 the OSCE held its annual Human Dimension Implementation Meeting in Warsaw. Representatives of the Turkmenistan Helsinki Foundation used the meeting to remind participating states of people who have spent years in Turkmen prisons without any contact with the outside world.',
          },
          { type: 'h2', text: 'Years of silence' },
          {
            type: 'p',
            text: 'Many of them were sentenced in closed trials after the events of November 2002. Since then their relatives have received no letters from them and no permission to visit, and official enquiries go unanswered. Some are reported to be held in Ovadan-Depe prison near Ashgabat. The international campaign “Prove They Are Alive!” keeps a list of more than a hundred people who have disappeared in Turkmenistan’s places of detention. For several of them, the only news has come as unofficial word of their death.',
          },
          {
            type: 'quote',
            text: '“We do not know whether our father is alive. All we ask for is one letter or one visit,” said a relative of one of the prisoners.',
          },
          { type: 'h2', text: 'What we are asking for' },
          {
            type: 'ol',
            items: [
              'tell families whether the prisoners are alive and where they are held;',
              'allow visits, correspondence and access to lawyers;',
              'open places of detention to independent monitoring, including by the International Committee of the Red Cross;',
              'review sentences handed down in breach of the right to a fair trial.',
            ],
          },
          {
            type: 'p',
            text: 'The foundation urges OSCE participating states to raise the issue in their bilateral contacts with Ashgabat until the fate of every one of these people has been established.',
          },
        ],
      },
    },
  },

  // 8. Exit bans: submission to the UN (en source; ru, tk, en)
  {
    key: 'a-un-submission-exit-bans',
    sourceLocale: 'en',
    category: 'reports',
    tags: ['un', 'youth'],
    authors: ['thf-staff'],
    publishedAt: '2021-06-15T09:45:00Z',
    cover: 'airport-hall',
    translations: {
      en: {
        title: 'Stopped at the gate: our UN submission on exit bans in Turkmenistan',
        summary:
          'In a submission to UN human rights mechanisms, the foundation documents how Turkmen citizens are barred from leaving the country without a court decision or any written explanation.',
        seoDescription:
          'Our submission to the UN on exit bans in Turkmenistan: travellers taken off flights with no written reasons and no way to appeal.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'The foundation has sent information on restrictions of the right to leave Turkmenistan to UN human rights mechanisms, including the special procedures of the Human Rights Council. The submission draws on accounts collected between 2019 and 2021 from people who were stopped at Ashgabat airport or at land border crossings.',
          },
          { type: 'h2', text: 'A pattern, not exceptions' },
          {
            type: 'p',
            text: 'In most of the cases we describe, the traveller had a valid passport, a ticket and, where needed, a visa. At passport control they were told they were “not allowed to leave” and were kept off the flight. Nobody showed them a written decision or explained which authority had imposed the ban, or for how long. Such bans most often affect the following groups:',
          },
          {
            type: 'ul',
            items: [
              'relatives of activists living in exile and of people convicted in political cases;',
              'young people going abroad to study or work, who are sometimes questioned about the purpose of their trip and turned back;',
              'former employees of state bodies;',
              'people who have previously given interviews to foreign media.',
            ],
          },
          {
            type: 'quote',
            text: '“I was standing at the gate with my boarding pass. An officer took my passport, disappeared for an hour and came back to say I could go home,” a woman from Dashoguz told us.',
          },
          { type: 'h2', text: 'No way to challenge a ban' },
          {
            type: 'p',
            text: 'Turkmen law gives people no clear way to find out whether they are on an exit ban list or to contest it in court. Since spring 2020, when regular flights were suspended because of the pandemic, things have become even harder: seats on the rare evacuation flights are difficult to obtain, and someone turned away at the airport may have to wait months for the next one. Article 12 of the International Covenant on Civil and Political Rights guarantees everyone the right to leave any country, including their own. We ask the UN to raise exit bans in its dialogue with Turkmenistan, and we call on the authorities to make public the grounds for such restrictions and to provide an effective remedy.',
          },
        ],
      },
      ru: {
        title: 'Сняли с рейса без объяснений: наше обращение в ООН о запретах на выезд',
        summary:
          'В материалах, направленных в правозащитные механизмы ООН, фонд описывает, как гражданам Туркменистана запрещают покидать страну без решения суда и без письменных объяснений.',
        seoDescription:
          'Фонд направил в ООН сведения о запретах на выезд из Туркменистана: людей снимают с рейсов без объяснений и без права на обжалование.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Фонд направил в правозащитные механизмы ООН, в том числе в специальные процедуры Совета по правам человека, сведения об ограничениях права на выезд из Туркменистана. В основе обращения — рассказы людей, которых в 2019–2021 годах остановили в аэропорту Ашхабада или на сухопутных пунктах пропуска.',
          },
          { type: 'h2', text: 'Не исключения, а система' },
          {
            type: 'p',
            text: 'В большинстве описанных нами случаев у путешественника были действующий паспорт, билет и, если требовалось, виза. На паспортном контроле ему сообщали, что он «невыездной», и не допускали на рейс. Никто не показывал письменного решения и не объяснял, какой орган и на какой срок ввёл запрет. Чаще всего такие запреты касаются следующих групп:',
          },
          {
            type: 'ul',
            items: [
              'родственников активистов, живущих в эмиграции, и людей, осуждённых по политическим делам;',
              'молодых людей, которые едут учиться или работать за границу: их иногда расспрашивают о цели поездки и разворачивают;',
              'бывших сотрудников государственных органов;',
              'тех, кто раньше давал интервью иностранным СМИ.',
            ],
          },
          {
            type: 'quote',
            text: '«Я стояла у выхода на посадку с посадочным талоном. Сотрудник забрал паспорт, ушёл на час, а потом вернулся и сказал, что я могу ехать домой», — рассказала нам жительница Дашогуза.',
          },
          { type: 'h2', text: 'Обжаловать запрет невозможно' },
          {
            type: 'p',
            text: 'Законодательство Туркменистана не даёт человеку понятного способа узнать, внесён ли он в список невыездных, и оспорить это в суде. С весны 2020 года, когда регулярные рейсы приостановили из-за пандемии, положение стало ещё тяжелее: место на редком эвакуационном рейсе достать трудно, а человеку, которого развернули в аэропорту, иногда приходится месяцами ждать следующего. Статья 12 Международного пакта о гражданских и политических правах гарантирует каждому право покидать любую страну, включая свою собственную. Мы просим ООН поднимать тему запретов на выезд в диалоге с Туркменистаном и призываем власти обнародовать основания таких ограничений и обеспечить эффективные средства правовой защиты.',
          },
        ],
      },
      tk: {
        title: 'Uçara mündürilmedi: ýurtdan çykmak gadagançylyklary barada BMG üçin taýýarlanan maglumatymyz',
        summary:
          'BMG-niň adam hukuklary boýunça mehanizmlerine iberen maglumatynda Gazna Türkmenistanyň raýatlaryna kazyýet kararsyz we ýazmaça düşündirişsiz ýurtdan çykmagyň nädip gadagan edilýändigini beýan edýär.',
        seoDescription:
          'Gazna Türkmenistandan çykmak gadagançylyklary barada BMG-ä maglumat iberdi: adamlar düşündirişsiz we şikaýat etmek mümkinçiliksiz uçuşdan aýrylýar.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Gazna Türkmenistandan çykmak hukugynyň çäklendirilmegi barada maglumatlary BMG-niň adam hukuklary boýunça mehanizmlerine, şol sanda Adam hukuklary boýunça geňeşiň ýörite proseduralaryna iberdi. Bu maglumatlar 2019–2021-nji ýyllarda Aşgabadyň howa menzilinde ýa-da gury ýer serhet geçelgelerinde saklanan adamlaryň gürrüňlerine esaslanýar.',
          },
          { type: 'h2', text: 'Aýratyn ýagdaýlar däl-de, ulgam' },
          {
            type: 'p',
            text: 'Biziň beýan edýän ýagdaýlarymyzyň köpüsinde ýolagçynyň hakyky pasporty, bileti we gerek bolan ýagdaýynda wizasy bardy. Pasport barlagynda oňa «ýurtdan çykmaga rugsat ýok» diýlip, uçuşa goýberilmedi. Hiç kim oňa ýazmaça karary görkezmedi, gadagançylygy haýsy edaranyň we näçe möhlete girizendigini düşündirmedi. Şeýle gadagançylyklar köplenç aşakdaky toparlara degişli:',
          },
          {
            type: 'ul',
            items: [
              'sürgünde ýaşaýan aktiwistleriň we syýasy işler boýunça höküm edilen adamlaryň garyndaşlary;',
              'daşary ýurtda okamaga ýa-da işlemäge gidýän ýaşlar: olardan käte saparyň maksady soralýar we yzyna gaýtarylýar;',
              'döwlet edaralarynyň öňki işgärleri;',
              'ozal daşary ýurt metbugatyna interwýu beren adamlar.',
            ],
          },
          {
            type: 'quote',
            text: '«Elimde uçara münmek üçin talonym bilen çykalganyň öňünde durdum. Bir işgär pasportymy alyp, bir sagatlap ýitdi, soňra gelip, öýüme gaýdyp bilýändigimi aýtdy», — diýip, daşoguzly bir aýal bize gürrüň berdi.',
          },
          { type: 'h2', text: 'Gadagançylygy kazyýetde şikaýat etmek mümkin däl' },
          {
            type: 'p',
            text: 'Türkmenistanyň kanunçylygy adama ýurtdan çykmagy gadagan edilenleriň sanawynda bardygyny bilmek ýa-da munuň üstünden kazyýete şikaýat etmek üçin düşnükli tertip bermeýär. 2020-nji ýylyň ýazyndan bäri, pandemiýa sebäpli yzygiderli uçuşlar togtadylandan soň, ýagdaý has-da kynlaşdy: seýrek ewakuasiýa uçuşlaryna ýer tapmak kyn, howa menzilinde yzyna gaýtarylan adam bolsa indiki uçuşa aýlarça garaşmaly bolup biler. Raýat we syýasy hukuklar hakyndaky halkara paktyň 12-nji maddasy her bir adamyň islendik ýurtdan, şol sanda öz ýurdundan çykmak hukugyny kepillendirýär. Biz BMG-den bu meseläni Türkmenistan bilen geçirilýän gepleşiklerde gozgamagy haýyş edýäris we häkimiýetleri şeýle çäklendirmeleriň esaslaryny aç-açan yglan etmäge hem-de netijeli hukuk goragyny üpjün etmäge çagyrýarys.',
          },
        ],
      },
    },
  },
];
