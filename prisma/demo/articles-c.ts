import type { DemoArticle } from './types';

export const articlesC: DemoArticle[] = [
  {
    key: 'c-open-letter-freedom-of-movement',
    sourceLocale: 'ru',
    category: 'freedom-of-movement',
    tags: ['migrants', 'un'],
    authors: ['maral-annayeva'],
    publishedAt: '2024-02-20T09:00:00Z',
    cover: 'airport-hall',
    translations: {
      ru: {
        title: 'Открытое письмо Президенту Туркменистана: право покидать страну и возвращаться в неё',
        summary:
          'Фонд вместе с партнёрскими организациями направил главе государства письмо о систематических нарушениях права граждан на свободу передвижения.',
        seoDescription:
          'Открытое письмо Президенту Туркменистана о свободе передвижения: запреты на выезд, паспорта за рубежом, давление на семьи эмигрантов.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Туркменский Хельсинкский фонд по правам человека направил Президенту Туркменистана открытое письмо о систематических нарушениях права граждан на свободу передвижения. Обращение поддержали несколько правозащитных организаций, работающих в Центральной Азии и Европе.',
          },
          { type: 'h2', text: 'Что изложено в письме' },
          {
            type: 'p',
            text: 'В письме собраны сведения, которые в последние годы поступали в фонд от граждан, живущих в стране и за её пределами. Из года в год повторяются одни и те же проблемы:',
          },
          {
            type: 'ul',
            items: [
              'негласные «чёрные списки», из-за которых людей без объяснения причин снимают с рейсов на границе;',
              'отказ консульств выдавать и продлевать паспорта гражданам, живущим за рубежом;',
              'дополнительные проверки и неофициальные ограничения для молодых людей, выезжающих на учёбу или работу;',
              'давление на родственников тех, кто уехал и публично критикует власти.',
            ],
          },
          {
            type: 'p',
            text: 'Свобода передвижения гарантирована Конституцией Туркменистана и Международным пактом о гражданских и политических правах, участником которого является страна. Ограничения допустимы только на основании закона и должны быть необходимыми и соразмерными.',
          },
          {
            type: 'quote',
            text: '«Человек, которого без объяснений не выпускают из страны или лишают возможности обновить паспорт за границей, фактически остаётся без защиты собственного государства», — говорится в письме.',
          },
          {
            type: 'p',
            text: 'Авторы письма просят публиковать основания для запретов на выезд, дать гражданам возможность обжаловать их в суде и возобновить выдачу паспортов в консульствах за рубежом. Фонд направил копии письма в профильные органы ООН и ОБСЕ и сообщит об ответе, если он будет получен.',
          },
        ],
      },
      tk: {
        title: 'Türkmenistanyň Prezidentine açyk hat: ýurtdan çykmak we yzyna dolanmak hukugy',
        summary:
          'Gazna hyzmatdaş guramalar bilen bilelikde döwlet Baştutanyna raýatlaryň hereket azatlygyna bolan hukugynyň yzygiderli bozulýandygy barada hat iberdi.',
        seoDescription:
          'Türkmenistanyň Prezidentine açyk hat: ýurtdan çykmaga gadaganlyklar, daşary ýurtda pasport meselesi we migrantlaryň maşgalalaryna basyş.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Türkmen Helsinki Gaznasy Türkmenistanyň Prezidentine raýatlaryň hereket azatlygyna bolan hukugynyň yzygiderli bozulýandygy barada açyk hat iberdi. Ýüzlenmäni Merkezi Aziýada we Ýewropada işleýän birnäçe adam hukuklaryny goraýjy gurama goldady.',
          },
          { type: 'h2', text: 'Hatda näme diýilýär' },
          {
            type: 'p',
            text: 'Hatda Gaznanyň soňky ýyllarda ýurduň içinde we daşynda ýaşaýan raýatlardan alan maglumatlary jemlenýär. Ýyldan-ýyla şol bir meseleler gaýtalanýar:',
          },
          {
            type: 'ul',
            items: [
              'adamlary serhetde hiç hili düşündirişsiz uçardan düşürýän resmi däl «gara sanawlar»;',
              'daşary ýurtda ýaşaýan raýatlara konsullyklaryň pasport bermekden we pasportyň möhletini uzaltmakdan ýüz öwürmegi;',
              'okuwa ýa-da işe gidýän ýaşlar üçin goşmaça barlaglar we resmi däl çäklendirmeler;',
              'ýurtdan gidip, häkimiýetleri açyk tankytlaýanlaryň garyndaşlaryna edilýän basyş.',
            ],
          },
          {
            type: 'p',
            text: 'Hereket azatlygy Türkmenistanyň Konstitusiýasy we ýurduň gatnaşyjysy bolan Raýat we syýasy hukuklar hakynda halkara pakt bilen kepillendirilýär. Çäklendirmeler diňe kanun esasynda girizilip bilner hem-de zerur we deňölçegli bolmaly.',
          },
          {
            type: 'quote',
            text: '«Düşündiriş berilmän ýurtdan goýberilmeýän ýa-da daşary ýurtda pasportyny täzelemek mümkinçiliginden mahrum edilen adam, aslynda, öz döwletiniň goragyndan daşda galýar» diýlip, hatda bellenilýär.',
          },
          {
            type: 'p',
            text: 'Hatyň awtorlary ýurtdan çykmaga gadaganlyklaryň esaslaryny açyk yglan etmegi, raýatlara olaryň üstünden kazyýete şikaýat etmek mümkinçiligini bermegi we daşary ýurtlardaky konsullyklarda pasport bermegi täzeden ýola goýmagy haýyş edýärler. Gazna hatyň göçürmelerini BMG-niň we ÝHHG-niň degişli edaralaryna iberdi we jogap alnan ýagdaýynda bu barada habar berer.',
          },
        ],
      },
      en: {
        title: 'Open letter to the President of Turkmenistan: the right to leave the country and to return',
        summary:
          'Together with partner organisations, the foundation has written to the head of state about systematic violations of citizens’ right to freedom of movement.',
        seoDescription:
          'An open letter to the President of Turkmenistan on freedom of movement: exit bans, passports abroad and pressure on emigrants’ families.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'The Turkmenistan Helsinki Foundation for Human Rights has sent an open letter to the President of Turkmenistan about systematic violations of citizens’ right to freedom of movement. The appeal is supported by several human rights organisations working in Central Asia and Europe.',
          },
          { type: 'h2', text: 'What the letter says' },
          {
            type: 'p',
            text: 'The letter brings together information the foundation has received in recent years from citizens living both inside the country and abroad. The same problems come up year after year:',
          },
          {
            type: 'ul',
            items: [
              'unofficial “blacklists” under which people are taken off flights at the border without any explanation;',
              'consulates refusing to issue or renew passports for citizens living abroad;',
              'extra checks and informal restrictions on young people travelling to study or work;',
              'pressure on the relatives of those who have left and publicly criticise the authorities.',
            ],
          },
          {
            type: 'p',
            text: 'Freedom of movement is guaranteed by the Constitution of Turkmenistan and by the International Covenant on Civil and Political Rights, to which the country is a party. Restrictions are allowed only on the basis of law and must be necessary and proportionate.',
          },
          {
            type: 'quote',
            text: '“A person who is barred from leaving the country without explanation, or who cannot renew a passport abroad, is in effect left without the protection of their own state,” the letter says.',
          },
          {
            type: 'p',
            text: 'The authors ask the authorities to publish the grounds for exit bans, to allow citizens to challenge them in court and to resume issuing passports at consulates abroad. The foundation has sent copies of the letter to the relevant UN and OSCE bodies and will report on any reply it receives.',
          },
        ],
      },
    },
  },

  {
    key: 'c-emigrant-homes-taken',
    sourceLocale: 'tk',
    category: 'news',
    tags: ['housing', 'migrants'],
    authors: ['aman-gurbanov'],
    publishedAt: '2024-06-11T07:45:00Z',
    cover: 'city-blocks',
    translations: {
      tk: {
        title: 'Daşary ýurtda ýaşaýan türkmenleriň watanyndaky jaýlary ellerinden alynýar',
        summary:
          'Ýurtdan göçüp giden raýatlar Türkmenistanda galan jaýlarynyň «eýesiz» diýlip yglan edilýändigini we döwlete geçirilýändigini aýdýarlar.',
        seoDescription:
          'Daşary ýurtda ýaşaýan türkmenleriň Türkmenistandaky jaýlary «eýesiz emläk» diýlip döwlete geçirilýär. Gaznanyň habarçysynyň maglumatlary.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Soňky aýlarda Gazna daşary ýurtda ýaşaýan birnäçe türkmenistanlydan meňzeş şikaýatlary aldy: olaryň Türkmenistanda galan jaýlary we kwartiralary ýerli häkimlikleriň karary bilen döwletiň eýeçiligine geçirilýär. Jaý eýeleri bu barada, adatça, garyndaşlaryndan ýa-da goňşularyndan eşidýärler.',
          },
          { type: 'h2', text: '«Eýesiz emläk» diýlip' },
          {
            type: 'p',
            text: 'Habarçymyz bilen gürleşen adamlaryň aýtmagyna görä, resmi işgärler eýesi uzak wagtlap ýurtda bolmadyk jaýy «eýesiz» hasaplaýarlar. Käbir ýagdaýlarda jaýda ýaşaýan garyndaşlardan birnäçe günüň içinde göçmek talap edilýär, olara hiç hili resminama berilmeýär.',
          },
          {
            type: 'quote',
            text: '«Bu jaýy öz gazanan pulum bilen satyn aldym, salgytlaryny hem wagtynda töledim. Indi bolsa ony menden hiç hili düşündirişsiz aldylar» diýip, Türkiýede ýaşaýan bir zenan gürrüň berdi. Howpsuzlyk sebäpli onuň ady görkezilmeýär.',
          },
          {
            type: 'p',
            text: 'Daşary ýurtda ýaşaýanlar üçin kazyýete ýüz tutmak hem aňsat däl: köpüsiniň pasportynyň möhleti geçen, konsullyklar bolsa ynanç hatlaryny tassyklamakdan ýüz öwürýär. Netijede adamlar öz emläk hukuklaryny goramak mümkinçiliginden mahrum bolýarlar.',
          },
          { type: 'h2', text: 'Gaznanyň talaplary' },
          {
            type: 'ul',
            items: [
              'daşary ýurtda ýaşaýan raýatlaryň emläk hukuklaryna hormat goýmak;',
              'jaýlary döwlete geçirmek baradaky kararlary eýelerine resmi taýdan habar bermek;',
              'ynanç hatlaryny konsullyklarda tassyklamaga we kazyýete wekil arkaly ýüz tutmaga mümkinçilik döretmek.',
            ],
          },
        ],
      },
      ru: {
        title: 'У туркменских эмигрантов отбирают дома на родине',
        summary:
          'Граждане, уехавшие за границу, рассказывают, что оставленное ими в Туркменистане жильё объявляют «бесхозным» и передают государству.',
        seoDescription:
          'Жильё туркменских эмигрантов на родине объявляют «бесхозным» и передают государству. Свидетельства, собранные корреспондентом фонда.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'В последние месяцы фонд получил похожие жалобы от нескольких граждан Туркменистана, живущих за рубежом: их дома и квартиры на родине по решению местных хякимликов переходят в собственность государства. Владельцы, как правило, узнают об этом от родственников или соседей.',
          },
          { type: 'h2', text: '«Бесхозное имущество»' },
          {
            type: 'p',
            text: 'По словам собеседников нашего корреспондента, чиновники считают «бесхозным» жильё, владелец которого долго не появлялся в стране. В некоторых случаях от родственников, живущих в доме, требуют выселиться в течение нескольких дней, а никаких документов им не выдают.',
          },
          {
            type: 'quote',
            text: '«Я купила этот дом на заработанные мной деньги и вовремя платила налоги. А теперь его у меня забрали без всяких объяснений», — рассказала женщина, живущая в Турции. Её имя не называется по соображениям безопасности.',
          },
          {
            type: 'p',
            text: 'Обратиться в суд из-за границы тоже непросто: у многих истёк срок действия паспорта, а консульства отказываются заверять доверенности. В итоге люди лишаются возможности защитить свои права на собственность.',
          },
          { type: 'h2', text: 'Требования фонда' },
          {
            type: 'ul',
            items: [
              'уважать имущественные права граждан, проживающих за рубежом;',
              'официально уведомлять владельцев о решениях передать их жильё государству;',
              'дать возможность заверять доверенности в консульствах и обращаться в суд через представителя.',
            ],
          },
        ],
      },
    },
  },

  {
    key: 'c-warsaw-2024-political-persecution',
    sourceLocale: 'ru',
    category: 'news',
    tags: ['osce', 'prisons'],
    authors: ['thf-staff'],
    publishedAt: '2024-10-07T10:00:00Z',
    cover: 'protest-square',
    translations: {
      ru: {
        title: 'Варшава, октябрь 2024: политические преследования в Туркменистане и Каракалпакстане на площадке ОБСЕ',
        summary:
          'На Варшавской конференции по человеческому измерению фонд рассказал о положении демократических институтов в Туркменистане и провёл параллельное мероприятие о политических преследованиях.',
        seoDescription:
          'Фонд на Варшавской конференции ОБСЕ/БДИПЧ: демократические институты Туркменистана и политические преследования в Каракалпакстане.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'В начале октября 2024 года в Варшаве прошла Варшавская конференция по человеческому измерению, которую организует Бюро ОБСЕ по демократическим институтам и правам человека (БДИПЧ). Туркменский Хельсинкский фонд принял участие в её работе.',
          },
          {
            type: 'p',
            text: '1 октября на сессии, посвящённой демократическим институтам, прозвучало заявление фонда на русском и английском языках. В нём говорилось, что в Туркменистане нет независимых политических партий, выборы не соответствуют стандартам ОБСЕ, а парламент не осуществляет контроля над исполнительной властью.',
          },
          { type: 'h2', text: 'Параллельное мероприятие 4 октября' },
          {
            type: 'p',
            text: '4 октября фонд вместе с партнёрами провёл параллельное мероприятие «Политические преследования в Туркменистане и Каракалпакстане». Участники обсудили:',
          },
          {
            type: 'ul',
            items: [
              'судьбу заключённых, о которых родственники годами не получают никаких сведений;',
              'уголовные дела против участников протестов в Каракалпакстане летом 2022 года;',
              'давление на активистов за рубежом и на их семьи.',
            ],
          },
          {
            type: 'quote',
            text: '«Молчание о политических заключённых в Центральной Азии делает их ещё более беззащитными», — отметил один из участников дискуссии.',
          },
          {
            type: 'p',
            text: 'Фонд призвал государства — участники ОБСЕ поднимать эти вопросы в двустороннем диалоге с Ашхабадом и Ташкентом и добиваться доступа независимых наблюдателей в места лишения свободы.',
          },
        ],
      },
      tk: {
        title:
          'Warşawada ÝHHG-niň konferensiýasy: Türkmenistanda we Garagalpagystanda syýasy yzarlamalar ara alnyp maslahatlaşyldy',
        summary:
          'Adam ölçegi boýunça Warşawa konferensiýasynda Gazna Türkmenistandaky demokratik institutlaryň ýagdaýy barada çykyş etdi we syýasy yzarlamalar barada goşmaça çäre geçirdi.',
        seoDescription:
          'Gazna ÝHHG/DIAHE-niň Warşawa konferensiýasynda: Türkmenistanyň demokratik institutlary we Garagalpagystandaky syýasy yzarlamalar.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: '2024-nji ýylyň oktýabr aýynyň başynda Warşawada ÝHHG-niň Demokratik institutlar we adam hukuklary boýunça edarasy (DIAHE) tarapyndan guralýan Adam ölçegi boýunça Warşawa konferensiýasy geçirildi. Türkmen Helsinki Gaznasy onuň işine gatnaşdy.',
          },
          {
            type: 'p',
            text: '1-nji oktýabrda demokratik institutlara bagyşlanan mejlisde Gaznanyň rus we iňlis dillerinde beýanaty okaldy. Onda Türkmenistanda garaşsyz syýasy partiýalaryň ýokdugy, saýlawlaryň ÝHHG-niň ülňülerine laýyk gelmeýändigi we parlamentiň ýerine ýetiriji häkimiýete gözegçilik etmeýändigi bellenildi.',
          },
          { type: 'h2', text: '4-nji oktýabrdaky goşmaça çäre' },
          {
            type: 'p',
            text: '4-nji oktýabrda Gazna hyzmatdaşlary bilen bilelikde «Türkmenistanda we Garagalpagystanda syýasy yzarlamalar» atly goşmaça çäre geçirdi. Gatnaşyjylar şu meseleleri ara alyp maslahatlaşdylar:',
          },
          {
            type: 'ul',
            items: [
              'garyndaşlary ýyllar boýy olar barada hiç hili habar alyp bilmeýän tussaglaryň ykbaly;',
              '2022-nji ýylyň tomsunda Garagalpagystanda geçirilen protestlere gatnaşyjylara garşy jenaýat işleri;',
              'daşary ýurtlardaky aktiwistlere we olaryň maşgalalaryna edilýän basyş.',
            ],
          },
          {
            type: 'quote',
            text: '«Merkezi Aziýadaky syýasy tussaglar barada dymmak olary has-da goragsyz edýär» diýip, çekişmä gatnaşyjylaryň biri belledi.',
          },
          {
            type: 'p',
            text: 'Gazna ÝHHG-niň agza döwletlerini bu meseleleri Aşgabat we Daşkent bilen ikitaraplaýyn gepleşiklerde gozgamaga hem-de garaşsyz synçylaryň azatlykdan mahrum ediş ýerlerine girmegini gazanmaga çagyrdy.',
          },
        ],
      },
      en: {
        title: 'Warsaw, October 2024: political persecution in Turkmenistan and Karakalpakstan raised at the OSCE',
        summary:
          'At the Warsaw Human Dimension Conference, the foundation spoke about the state of democratic institutions in Turkmenistan and held a side event on political persecution.',
        seoDescription:
          'The foundation at the OSCE/ODIHR Warsaw conference: Turkmenistan’s democratic institutions and political persecution in Karakalpakstan.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'In early October 2024 Warsaw hosted the Warsaw Human Dimension Conference, organised by the OSCE Office for Democratic Institutions and Human Rights (ODIHR). The Turkmenistan Helsinki Foundation took part in its work.',
          },
          {
            type: 'p',
            text: 'On 1 October, at the session on democratic institutions, the foundation delivered a statement in Russian and English. It pointed out that Turkmenistan has no independent political parties, that its elections do not meet OSCE standards and that parliament exercises no oversight of the executive.',
          },
          { type: 'h2', text: 'Side event on 4 October' },
          {
            type: 'p',
            text: 'On 4 October the foundation and its partners held a side event titled “Political persecution in Turkmenistan and Karakalpakstan”. Participants discussed:',
          },
          {
            type: 'ul',
            items: [
              'the fate of prisoners whose relatives have received no news of them for years;',
              'criminal cases against participants in the protests in Karakalpakstan in the summer of 2022;',
              'pressure on activists abroad and on their families.',
            ],
          },
          {
            type: 'quote',
            text: '“Silence about political prisoners in Central Asia leaves them even more vulnerable,” one of the panellists said.',
          },
          {
            type: 'p',
            text: 'The foundation called on OSCE participating States to raise these issues in their bilateral dialogue with Ashgabat and Tashkent and to press for independent monitors to be given access to places of detention.',
          },
        ],
      },
    },
  },

  {
    key: 'c-activist-daughter-studies-turkey',
    sourceLocale: 'tk',
    category: 'freedom-of-movement',
    tags: ['youth', 'turkey'],
    authors: ['thf-staff'],
    publishedAt: '2024-11-19T08:30:00Z',
    cover: 'airport-hall',
    translations: {
      tk: {
        title: 'Aktiwistiň gyzy okuwyny Türkiýede dowam etdirer, emma ýaşlaryň köpüsi üçin ýol henizem ýapyk',
        summary:
          'Türkmen aktiwistiniň gyzy S. N. Türkmenistandan çykyp, bilimini Türkiýede dowam etdirip biler. Gazna köp talybyň henizem päsgelçiliklere duçar bolýandygyny ýatladýar.',
        seoDescription:
          'Aktiwistiň gyzy S. N. okuwyny Türkiýede dowam etdirer. Türkmenistandan okuwa gitmek isleýän ýaşlar henizem päsgelçiliklere duçar bolýar.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Türkmen aktiwistiniň gyzy S. N. Türkmenistandan çykyp, okuwyny Türkiýede dowam etdirmek mümkinçiligini aldy. Gazna onuň ýagdaýyny uzak wagtlap yzarlady we bu barada halkara hyzmatdaşlaryna habar berdi.',
          },
          {
            type: 'p',
            text: 'Bu habar maşgala üçin uly şatlyk boldy. Emma Gazna şuny ýatlatmaga mejbur: Türkmenistandan daşary ýurtlara okuwa gitmek isleýän ýaşlaryň köpüsi henizem kynçylyklara duçar bolýar.',
          },
          { type: 'h2', text: 'Ýaşlaryň öňündäki päsgelçilikler' },
          {
            type: 'ul',
            items: [
              'serhetde hiç hili düşündiriş berilmän ýurtdan çykmaga rugsat berilmezligi;',
              'daşary ýurtda okaýan talyplaryň pasportlarynyň möhletiniň uzaldylmazlygy;',
              'talyplara we olaryň ene-atalaryna okuwy taşlap, yzyna dolanmak barada basyş edilmegi;',
              'daşary ýurt diplomlarynyň ykrar edilmeginiň kynlygy.',
            ],
          },
          {
            type: 'p',
            text: 'Soňky ýyllarda köp sanly talyp okuwyny tamamlaman, Türkiýeden, Russiýadan we beýleki ýurtlardan öýüne dolanmaga mejbur boldy. Olaryň käbiri žurnalistlere we hukuk goraýjylara ýüz tutdy, ýöne köpüsi garyndaşlaryna zyýan ýetmeginden gorkup, dymmagy saýlaýar.',
          },
          {
            type: 'quote',
            text: '«Ýaşlar ýurtdan gaçmak üçin däl-de, bilim almak üçin gidýärler. Olaryň saýlawyna hormat goýulmaly» diýip, Gaznanyň wekili aýtdy.',
          },
          {
            type: 'p',
            text: 'Gazna Türkmenistanyň häkimiýetlerini ýaşlar okuw üçin daşary ýurda gidende olara päsgel bermezlige we daşary ýurtda okaýan talyplaryň resminamalaryny wagtynda täzelemäge çagyrýar.',
          },
        ],
      },
      ru: {
        title: 'Дочь активиста продолжит учёбу в Турции, но для многих молодых людей выезд по-прежнему закрыт',
        summary:
          'С. Н., дочь туркменского активиста, смогла покинуть Туркменистан и продолжить образование в Турции. Фонд напоминает, что многие студенты по-прежнему сталкиваются с препятствиями.',
        seoDescription:
          'Дочь активиста С. Н. продолжит учёбу в Турции. Молодёжь, желающая учиться за границей, по-прежнему сталкивается с препятствиями при выезде.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'С. Н., дочь туркменского активиста, смогла выехать из Туркменистана и получила возможность продолжить учёбу в Турции. Фонд долгое время следил за её ситуацией и информировал о ней международных партнёров.',
          },
          {
            type: 'p',
            text: 'Для семьи это большая радость. Однако фонд вынужден напомнить: многие молодые люди, которые хотят уехать из Туркменистана на учёбу за границу, по-прежнему сталкиваются с трудностями.',
          },
          { type: 'h2', text: 'Препятствия для молодёжи' },
          {
            type: 'ul',
            items: [
              'отказ в выезде на границе без объяснения причин;',
              'непродление паспортов студентам, которые учатся за рубежом;',
              'давление на студентов и их родителей с требованием бросить учёбу и вернуться;',
              'трудности с признанием иностранных дипломов.',
            ],
          },
          {
            type: 'p',
            text: 'В последние годы многие студенты были вынуждены вернуться домой из Турции, России и других стран, так и не закончив обучение. Некоторые из них обращались к журналистам и правозащитникам, но большинство предпочитает молчать, опасаясь навредить родственникам.',
          },
          {
            type: 'quote',
            text: '«Молодые люди уезжают не для того, чтобы бежать из страны, а для того, чтобы учиться. Их выбор нужно уважать», — сказал представитель фонда.',
          },
          {
            type: 'p',
            text: 'Фонд призывает власти Туркменистана не препятствовать выезду молодёжи на учёбу за границу и своевременно обновлять документы студентам, обучающимся за рубежом.',
          },
        ],
      },
      en: {
        title:
          'Activist’s daughter to continue her studies in Turkey, but the way out stays closed for many young people',
        summary:
          'S. N., the daughter of a Turkmen activist, has been able to leave Turkmenistan and continue her education in Turkey. The foundation notes that many students still face obstacles.',
        seoDescription:
          'An activist’s daughter, S. N., will continue her studies in Turkey. Young people hoping to study abroad still face obstacles to leaving Turkmenistan.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'S. N., the daughter of a Turkmen activist, has been able to leave Turkmenistan and will now continue her studies in Turkey. The foundation followed her situation for a long time and kept international partners informed.',
          },
          {
            type: 'p',
            text: 'This is a great relief for the family. But the foundation has to point out that many young people who want to leave Turkmenistan to study abroad still run into difficulties.',
          },
          { type: 'h2', text: 'Obstacles facing young people' },
          {
            type: 'ul',
            items: [
              'being refused exit at the border without explanation;',
              'passports of students abroad not being renewed;',
              'pressure on students and their parents to drop out and come home;',
              'difficulties in getting foreign degrees recognised.',
            ],
          },
          {
            type: 'p',
            text: 'In recent years many students have had to return home from Turkey, Russia and other countries before finishing their courses. Some of them have spoken to journalists and human rights defenders, but most choose to stay silent for fear of causing trouble for their relatives.',
          },
          {
            type: 'quote',
            text: '“Young people go abroad to study, not to flee the country. Their choice should be respected,” a representative of the foundation said.',
          },
          {
            type: 'p',
            text: 'The foundation calls on the authorities of Turkmenistan not to obstruct young people who leave to study abroad and to renew the documents of students abroad on time.',
          },
        ],
      },
    },
  },

  {
    key: 'c-internet-outages-vpn-crackdown',
    sourceLocale: 'ru',
    category: 'media-freedom',
    tags: ['internet'],
    authors: ['aman-gurbanov'],
    publishedAt: '2025-04-23T06:15:00Z',
    cover: 'phone-signal',
    translations: {
      ru: {
        title: 'Интернет с перебоями: как в Туркменистане отключают связь и преследуют пользователей VPN',
        summary:
          'Жители Ашхабада и велаятов рассказывают о многочасовых отключениях интернета, блокировке VPN-сервисов и проверках телефонов на улицах.',
        seoDescription:
          'Отключения интернета и борьба с VPN в Туркменистане: проверки телефонов, блокировки и штрафы. Свидетельства жителей Ашхабада и велаятов.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Весной 2025 года жители Ашхабада и нескольких велаятов сообщили нашему корреспонденту о новых перебоях с интернетом. По их словам, мобильный и домашний интернет периодически пропадает на несколько часов, чаще всего по вечерам, а скорость соединения остаётся крайне низкой.',
          },
          { type: 'h2', text: 'Охота на VPN' },
          {
            type: 'p',
            text: 'Большинство зарубежных сайтов, социальных сетей и мессенджеров в Туркменистане заблокированы, поэтому люди пользуются VPN. Власти годами борются с этими сервисами, блокируя адреса серверов. Собеседники корреспондента описывают и другие меры:',
          },
          {
            type: 'ul',
            items: [
              'полицейские на улицах просят показать телефон и удаляют найденные VPN-приложения;',
              'при подключении домашнего интернета абонентов просят письменно пообещать не пользоваться VPN;',
              'за установку VPN на чужие телефоны грозят штрафами и изъятием техники.',
            ],
          },
          {
            type: 'quote',
            text: '«Новости мы узнаём от родственников, которые звонят из-за границы. Когда связь пропадает, мы снова будто живём за стеной», — рассказала жительница Мары, попросившая не называть её имени.',
          },
          {
            type: 'p',
            text: 'Фонд напоминает, что доступ к информации — часть права на свободу выражения мнений. Массовые блокировки и отключения сети несовместимы с международными обязательствами Туркменистана и особенно сильно бьют по семьям трудовых мигрантов, для которых интернет остаётся единственным способом связаться с близкими.',
          },
        ],
      },
    },
  },

  {
    key: 'c-cotton-harvest-monitoring-2025',
    sourceLocale: 'ru',
    category: 'labour-rights',
    tags: ['cotton'],
    authors: ['thf-staff'],
    publishedAt: '2025-11-25T09:00:00Z',
    cover: 'cotton-field',
    translations: {
      ru: {
        title: 'Хлопковая кампания 2025 года: итоги мониторинга принудительного труда',
        summary:
          'Наблюдатели зафиксировали, что осенью 2025 года работников бюджетной сферы вновь отправляли на сбор хлопка или заставляли оплачивать наёмных сборщиков.',
        seoDescription:
          'Итоги мониторинга сбора хлопка в Туркменистане в 2025 году: работников бюджетной сферы вновь отправляли в поле или заставляли платить.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'С сентября по ноябрь 2025 года независимые наблюдатели, сотрудничающие с фондом, следили за ходом хлопковой кампании в Ахалском, Марыйском, Лебапском и Дашогузском велаятах. Они беседовали с работниками школ, больниц и государственных предприятий, а также с самими сборщиками.',
          },
          { type: 'h2', text: 'Основные выводы' },
          {
            type: 'ul',
            items: [
              'работников бюджетной сферы, как и прежде, отправляли в поле по спискам, составленным руководством;',
              'тем, кто не мог выйти на сбор, предлагали нанять замену за свой счёт;',
              'из зарплат без письменного согласия удерживали деньги «на нужды хлопковой кампании»;',
              'прямого привлечения школьников наблюдатели не зафиксировали, но в отдельных районах видели в поле подростков вместе с родителями.',
            ],
          },
          {
            type: 'quote',
            text: '«Нам сказали: либо едешь в поле, либо платишь сборщику. Отказаться нельзя, иначе на следующий год могут не продлить контракт», — рассказала учительница из Лебапского велаята.',
          },
          {
            type: 'p',
            text: 'В последние годы власти Туркменистана заявляют о сотрудничестве с международными партнёрами в сфере трудовых прав. Однако, по данным мониторинга, сама система государственных планов по хлопку, которая и порождает принуждение, осталась прежней.',
          },
          {
            type: 'p',
            text: 'Фонд призывает отменить обязательные планы для фермеров, прекратить мобилизацию работников бюджетной сферы и обеспечить независимым наблюдателям свободный доступ на поля.',
          },
        ],
      },
      tk: {
        title: '2025-nji ýylyň pagta möwsümi: mejbury zähmet boýunça gözegçiligiň netijeleri',
        summary:
          'Synçylar 2025-nji ýylyň güýzünde býujet pudagynyň işgärleriniň ýene-de pagta ýygnamaga iberilendigini ýa-da hakyna tutulan pagtaçylar üçin tölemäge mejbur edilendigini hasaba aldylar.',
        seoDescription:
          'Türkmenistanda 2025-nji ýylyň pagta möwsümine gözegçiligiň netijeleri: býujet işgärleri ýene meýdana iberildi ýa-da töleg etmäge mejbur edildi.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: '2025-nji ýylyň sentýabr – noýabr aýlarynda Gazna bilen hyzmatdaşlyk edýän garaşsyz synçylar Ahal, Mary, Lebap we Daşoguz welaýatlarynda pagta möwsüminiň barşyny yzarladylar. Olar mekdepleriň, hassahanalaryň we döwlet kärhanalarynyň işgärleri, şeýle hem pagta ýygnaýanlaryň özleri bilen söhbetdeş boldular.',
          },
          { type: 'h2', text: 'Esasy netijeler' },
          {
            type: 'ul',
            items: [
              'býujet pudagynyň işgärleri öňküsi ýaly ýolbaşçylaryň düzen sanawlary boýunça meýdana iberildi;',
              'pagta ýygnamaga çykyp bilmeýänlere öz hasabyna ornuna adam tutmak teklip edildi;',
              'aýlyk haklaryndan ýazmaça razylyk alynman «pagta möwsüminiň zerurlyklary üçin» pul tutuldy;',
              'synçylar mekdep okuwçylarynyň göni çekilmegini hasaba almadylar, ýöne käbir etraplarda meýdanda ene-atalary bilen ýetginjekler görüldi.',
            ],
          },
          {
            type: 'quote',
            text: '«Bize: ýa meýdana gidersiň, ýa-da pagtaçy üçin tölärsiň diýdiler. Boýun gaçyryp bolmaýar, ýogsa indiki ýyl şertnamaňy uzaltmazlyklary mümkin» diýip, Lebap welaýatyndan bir mugallym gürrüň berdi.',
          },
          {
            type: 'p',
            text: 'Türkmenistanyň häkimiýetleri soňky ýyllarda zähmet hukuklary babatda halkara hyzmatdaşlar bilen işleşýändiklerini aýdýarlar. Emma gözegçiligiň maglumatlaryna görä, mejburlygy döredýän pagta boýunça döwlet meýilnamalary ulgamynyň özi üýtgewsiz galdy.',
          },
          {
            type: 'p',
            text: 'Gazna daýhanlar üçin hökmany meýilnamalary ýatyrmaga, býujet pudagynyň işgärlerini pagta ýygnamaga çekmegi bes etmäge we garaşsyz synçylaryň meýdanlara erkin barmagyny üpjün etmäge çagyrýar.',
          },
        ],
      },
      en: {
        title: 'The 2025 cotton harvest: findings of our forced labour monitoring',
        summary:
          'Monitors found that in autumn 2025 public sector workers were again sent to pick cotton or made to pay for hired pickers.',
        seoDescription:
          'Findings from monitoring of Turkmenistan’s 2025 cotton harvest: public sector workers were again sent to the fields or made to pay.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'From September to November 2025, independent monitors working with the foundation followed the cotton harvest in Ahal, Mary, Lebap and Dashoguz provinces. They spoke to staff at schools, hospitals and state enterprises, as well as to the pickers themselves.',
          },
          { type: 'h2', text: 'Key findings' },
          {
            type: 'ul',
            items: [
              'as in previous years, public sector workers were sent to the fields from lists drawn up by their managers;',
              'those who could not go picking were told to hire a replacement at their own expense;',
              'money was deducted from salaries “for the needs of the cotton campaign” without written consent;',
              'monitors recorded no direct mobilisation of schoolchildren, but teenagers were seen in the fields with their parents in some districts.',
            ],
          },
          {
            type: 'quote',
            text: '“We were told: either you go to the fields or you pay for a picker. You can’t refuse, or your contract might not be renewed next year,” a teacher from Lebap province said.',
          },
          {
            type: 'p',
            text: 'In recent years the authorities of Turkmenistan have spoken of cooperation with international partners on labour rights. Yet according to the monitoring, the system of state cotton quotas, which is what drives the coercion, remains unchanged.',
          },
          {
            type: 'p',
            text: 'The foundation calls for mandatory quotas for farmers to be abolished, for the mobilisation of public sector workers to end and for independent monitors to be given free access to the fields.',
          },
        ],
      },
    },
  },

  {
    key: 'c-foreign-media-correspondents-pressure',
    sourceLocale: 'ru',
    category: 'media-freedom',
    tags: ['journalists'],
    authors: ['thf-staff'],
    publishedAt: '2026-05-04T08:30:00Z',
    cover: 'newsprint',
    translations: {
      ru: {
        title: 'Работать на иностранные СМИ в Туркменистане: вызовы в полицию, запреты на выезд и давление на семьи',
        summary:
          'По случаю Всемирного дня свободы печати фонд собрал свидетельства внештатных корреспондентов, сотрудничающих с зарубежными изданиями.',
        seoDescription:
          'Как в Туркменистане давят на корреспондентов иностранных СМИ: вызовы в полицию, запреты на выезд, слежка и давление на родственников.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'В Туркменистане нет независимых СМИ, а немногие люди, которые передают информацию зарубежным изданиям, работают под постоянным давлением. По случаю Всемирного дня свободы печати, который отмечается 3 мая, фонд поговорил с несколькими внештатными корреспондентами. Все они попросили не называть их имён и регионов, где они живут.',
          },
          { type: 'h2', text: 'Как на них давят' },
          {
            type: 'ul',
            items: [
              'вызовы в полицию и органы национальной безопасности на «беседы» без официальных повесток;',
              'негласные запреты на выезд из страны для корреспондентов и их близких;',
              'слежка, прослушивание телефонов и отключение мобильной связи;',
              'увольнение родственников с работы и угрозы в адрес детей.',
            ],
          },
          {
            type: 'quote',
            text: '«Меня ни разу не арестовывали, но я знаю, что каждый мой звонок прослушивается. Хуже всего, когда приходят к матери и говорят: “Скажи сыну, пусть замолчит”», — рассказал один из корреспондентов.',
          },
          {
            type: 'p',
            text: 'По словам собеседников, в последние годы давление всё чаще направлено не на самих журналистов, а на их семьи. Так власти добиваются того, чтобы люди сами отказывались от сотрудничества с иностранными СМИ.',
          },
          {
            type: 'p',
            text: 'Фонд призывает власти Туркменистана прекратить преследование журналистов, отменить негласные запреты на выезд и разрешить иностранным изданиям аккредитовать своих корреспондентов в стране.',
          },
        ],
      },
      tk: {
        title:
          'Türkmenistanda daşary ýurt metbugaty üçin işlemek: polisiýa çagyrylmak, ýurtdan çykmaga gadaganlyk we maşgalalara basyş',
        summary:
          'Bütindünýä metbugat azatlygy güni mynasybetli Gazna daşary ýurt neşirleri bilen hyzmatdaşlyk edýän ştatdan daşary habarçylaryň gürrüňlerini ýygnady.',
        seoDescription:
          'Türkmenistanda daşary ýurt metbugatynyň habarçylaryna basyş: polisiýa çagyrylmak, ýurtdan çykmaga gadaganlyk, yzarlamak we garyndaşlara basyş.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Türkmenistanda garaşsyz köpçülikleýin habar beriş serişdeleri ýok, daşary ýurt neşirlerine maglumat berýän az sanly adam bolsa yzygiderli basyş astynda işleýär. 3-nji maýda bellenilýän Bütindünýä metbugat azatlygy güni mynasybetli Gazna birnäçe ştatdan daşary habarçy bilen söhbetdeş boldy. Olaryň hemmesi atlaryny we ýaşaýan sebitlerini görkezmezligi haýyş etdiler.',
          },
          { type: 'h2', text: 'Basyş nähili edilýär' },
          {
            type: 'ul',
            items: [
              'resmi çagyryş haty bolmazdan polisiýa we milli howpsuzlyk edaralaryna «söhbetdeşlige» çagyrmak;',
              'habarçylara we olaryň ýakynlaryna ýurtdan çykmaga resmi däl gadaganlyk;',
              'yzarlamak, telefon gepleşiklerini diňlemek we ykjam aragatnaşygy öçürmek;',
              'garyndaşlaryny işden boşatmak we çagalaryna haýbat atmak.',
            ],
          },
          {
            type: 'quote',
            text: '«Meni bir gezek hem tussag etmediler, ýöne her bir jaňymyň diňlenýändigini bilýärin. Iň ýaman zat — ejemiň ýanyna gelip: “Ogluňa aýt, dymsyn” diýýän pursatlary» diýip, habarçylaryň biri gürrüň berdi.',
          },
          {
            type: 'p',
            text: 'Söhbetdeşleriň aýtmagyna görä, soňky ýyllarda basyş köplenç žurnalistleriň özlerine däl-de, olaryň maşgalalaryna gönükdirilýär. Şeýdip häkimiýetler adamlaryň daşary ýurt metbugaty bilen hyzmatdaşlykdan öz islegi bilen ýüz öwürmeklerini gazanýarlar.',
          },
          {
            type: 'p',
            text: 'Gazna Türkmenistanyň häkimiýetlerini žurnalistleri yzarlamagy bes etmäge, ýurtdan çykmaga resmi däl gadaganlyklary aýyrmaga we daşary ýurt neşirlerine öz habarçylaryny ýurtda akkreditasiýa etmäge rugsat bermäge çagyrýar.',
          },
        ],
      },
      en: {
        title: 'Working for foreign media in Turkmenistan: police summonses, travel bans and pressure on families',
        summary:
          'To mark World Press Freedom Day, the foundation gathered accounts from freelance correspondents who work with media outlets abroad.',
        seoDescription:
          'How Turkmenistan pressures correspondents of foreign media: police summonses, travel bans, surveillance and pressure on their relatives.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'There are no independent media in Turkmenistan, and the few people who pass information to outlets abroad work under constant pressure. To mark World Press Freedom Day on 3 May, the foundation spoke to several freelance correspondents. All of them asked that their names and home regions not be published.',
          },
          { type: 'h2', text: 'How the pressure is applied' },
          {
            type: 'ul',
            items: [
              'being called in for “conversations” with the police and national security officers without any official summons;',
              'unofficial travel bans on correspondents and their relatives;',
              'surveillance, phone tapping and mobile connections being cut off;',
              'relatives losing their jobs and threats against their children.',
            ],
          },
          {
            type: 'quote',
            text: '“I have never been arrested, but I know every call I make is listened to. The worst is when they come to my mother and say: ‘Tell your son to keep quiet,’” one of the correspondents said.',
          },
          {
            type: 'p',
            text: 'According to those we spoke to, in recent years the pressure has increasingly been aimed not at the journalists themselves but at their families. In this way the authorities push people to give up working with foreign media of their own accord.',
          },
          {
            type: 'p',
            text: 'The foundation calls on the authorities of Turkmenistan to stop persecuting journalists, to lift unofficial travel bans and to allow foreign media outlets to accredit their correspondents in the country.',
          },
        ],
      },
    },
  },

  {
    key: 'c-prove-they-are-alive-2026',
    sourceLocale: 'ru',
    category: 'political-prisoners',
    tags: ['prisons', 'osce', 'un'],
    authors: ['thf-staff'],
    publishedAt: '2026-11-09T09:00:00Z',
    cover: 'closed-door',
    translations: {
      ru: {
        title: '«Докажите, что они живы!»: 24 года без вестей об узниках, арестованных после ноября 2002 года',
        summary:
          'В годовщину арестов ноября 2002 года фонд и партнёры по кампании «Докажите, что они живы!» вновь требуют от властей Туркменистана сообщить о судьбе исчезнувших заключённых.',
        seoDescription:
          'Кампания «Докажите, что они живы!»: 24 года семьи заключённых, арестованных после ноября 2002 года, не знают об их судьбе.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'В ноябре исполняется 24 года с массовых арестов, последовавших за событиями 25 ноября 2002 года в Ашхабаде. Десятки людей тогда были осуждены на закрытых процессах, и с тех пор их родственники не получают о них никаких сведений: ни писем, ни свиданий, ни официальных ответов.',
          },
          { type: 'h2', text: 'Чего требует кампания' },
          {
            type: 'p',
            text: 'Международная кампания «Докажите, что они живы!», в которой участвует фонд, уже более десяти лет добивается от властей Туркменистана ответа на простые вопросы:',
          },
          {
            type: 'ol',
            items: [
              'сообщить родственникам, живы ли заключённые и где они находятся;',
              'разрешить свидания и переписку с семьями;',
              'выдать семьям тела умерших в заключении и документы о причинах смерти;',
              'допустить в места лишения свободы независимых наблюдателей, в том числе Международный комитет Красного Креста.',
            ],
          },
          {
            type: 'quote',
            text: '«Мы не знаем, жив ли мой отец. Мы просим только одного — правды», — говорит дочь одного из заключённых, которая живёт за пределами Туркменистана.',
          },
          {
            type: 'p',
            text: 'Вопрос о насильственных исчезновениях в Туркменистане неоднократно поднимали правозащитные органы ООН и государства — участники ОБСЕ. Власти страны в ответ, как правило, заявляют, что приговоры вынесены в соответствии с законом, но ничего не сообщают о судьбе конкретных людей.',
          },
          {
            type: 'p',
            text: 'Фонд призывает правительства и международные организации поднимать эту тему на каждой встрече с представителями Туркменистана. Каждый год молчания отнимает у семей надежду узнать правду.',
          },
        ],
      },
      tk: {
        title:
          '«Olaryň diridigini subut ediň!»: 2002-nji ýylyň noýabryndan soň tussag edilenler barada 24 ýyl bäri habar ýok',
        summary:
          '2002-nji ýylyň noýabryndaky tussag etmeleriň ýyl dönüminde Gazna we «Olaryň diridigini subut ediň!» kampaniýasynyň hyzmatdaşlary ýitirim bolan tussaglaryň ykbaly barada habar bermegi ýene-de talap edýärler.',
        seoDescription:
          '«Olaryň diridigini subut ediň!» kampaniýasy: 2002-nji ýylyň noýabryndan soň tussag edilenleriň maşgalalary 24 ýyl bäri olaryň ykbalyny bilenok.',
        status: 'published',
        body: [
          {
            type: 'p',
            text: 'Noýabr aýynda 2002-nji ýylyň 25-nji noýabrynda Aşgabatda bolup geçen wakalardan soň başlanan köpçülikleýin tussag etmelere 24 ýyl dolýar. Şonda onlarça adama ýapyk kazyýet mejlislerinde höküm çykaryldy. Şondan bäri olaryň garyndaşlary olar barada hiç hili maglumat alanok: ne hat, ne duşuşyk, ne-de resmi jogap.',
          },
          { type: 'h2', text: 'Kampaniýa näme talap edýär' },
          {
            type: 'p',
            text: 'Gaznanyň hem gatnaşýan «Olaryň diridigini subut ediň!» halkara kampaniýasy on ýyldan gowrak wagt bäri Türkmenistanyň häkimiýetlerinden ýönekeý soraglara jogap talap edýär:',
          },
          {
            type: 'ol',
            items: [
              'tussaglaryň diridigini we nirededigini garyndaşlaryna habar bermek;',
              'maşgalalary bilen duşuşmaga we hat alyşmaga rugsat bermek;',
              'tussaglykda aradan çykanlaryň jesetlerini we ölüm sebäbi barada resminamalary maşgalalaryna bermek;',
              'azatlykdan mahrum ediş ýerlerine garaşsyz synçylary, şol sanda Gyzyl Haçyň Halkara komitetini goýbermek.',
            ],
          },
          {
            type: 'quote',
            text: '«Kakamyň diridigini bilmeýäris. Biz diňe bir zady — hakykaty soraýarys» diýip, Türkmenistandan daşarda ýaşaýan tussaglaryň biriniň gyzy aýdýar.',
          },
          {
            type: 'p',
            text: 'Türkmenistanda zor bilen ýitirim etmeler meselesini BMG-niň adam hukuklary boýunça edaralary we ÝHHG-niň agza döwletleri birnäçe gezek gozgapdy. Ýurduň häkimiýetleri, adatça, hökümleriň kanuna laýyklykda çykarylandygyny aýdýarlar, ýöne anyk adamlaryň ykbaly barada hiç zat habar bermeýärler.',
          },
          {
            type: 'p',
            text: 'Gazna hökümetleri we halkara guramalary Türkmenistanyň wekilleri bilen her bir duşuşykda bu meseläni gozgamaga çagyrýar. Dymmak bilen geçen her ýyl maşgalalaryň hakykaty bilmek umydyny azaldýar.',
          },
        ],
      },
      en: {
        title: '“Prove They Are Alive!”: 24 years without news of prisoners arrested after November 2002',
        summary:
          'On the anniversary of the arrests of November 2002, the foundation and its partners in the “Prove They Are Alive!” campaign again demand that Turkmenistan disclose the fate of disappeared prisoners.',
        seoDescription:
          '“Prove They Are Alive!”: for 24 years families of prisoners arrested after November 2002 have had no news of their fate.',
        status: 'draft',
        body: [
          {
            type: 'p',
            text: 'November marks 24 years since the mass arrests that followed the events of 25 November 2002 in Ashgabat. Dozens of people were convicted in closed trials, and since then their relatives have received no news of them at all: no letters, no visits and no official answers.',
          },
          { type: 'h2', text: 'What the campaign demands' },
          {
            type: 'p',
            text: 'For more than ten years the international campaign “Prove They Are Alive!”, of which the foundation is part, has been pressing the authorities of Turkmenistan to answer some simple questions:',
          },
          {
            type: 'ol',
            items: [
              'tell relatives whether the prisoners are alive and where they are held;',
              'allow family visits and correspondence;',
              'return to families the bodies of those who died in custody, together with documents on the cause of death;',
              'give independent monitors, including the International Committee of the Red Cross, access to places of detention.',
            ],
          },
          {
            type: 'quote',
            text: '“We do not know whether my father is alive. All we ask for is the truth,” says the daughter of one of the prisoners, who lives outside Turkmenistan.',
          },
          {
            type: 'p',
            text: 'UN human rights bodies and OSCE participating States have repeatedly raised enforced disappearances in Turkmenistan. The authorities usually reply that the sentences were handed down in accordance with the law, but say nothing about what has happened to specific individuals.',
          },
          {
            type: 'p',
            text: 'The foundation urges governments and international organisations to raise the issue at every meeting with representatives of Turkmenistan. Every year of silence takes away more of the families’ hope of learning the truth.',
          },
        ],
      },
    },
  },
];
