import type { DemoIdentity, DemoPage } from './types';

/**
 * The organisation behind the demo site, and its standing pages. Contact details are placeholders (example.org,
 * an invented fingerprint): a real deployment sets its own on the settings page.
 */
export const identity: DemoIdentity = {
  languages: {
    ru: {
      name: 'Туркменский Хельсинкский фонд по правам человека',
      tagline: 'Права человека в Туркменистане: новости, доклады, свидетельства',
      description:
        'Новости и доклады о правах человека в Туркменистане на русском, туркменском и английском языках: свобода передвижения, политзаключённые, принудительный труд, свобода слова.',
      address: 'Почтовый адрес предоставляется по запросу.',
    },
    tk: {
      name: 'Adam hukuklary boýunça Türkmen Helsinki Gaznasy',
      tagline: 'Türkmenistanda adam hukuklary: habarlar, hasabatlar, şaýatlyklar',
      description:
        'Türkmenistanda adam hukuklary barada habarlar we hasabatlar rus, türkmen we iňlis dillerinde: hereket azatlygy, syýasy tussaglar, mejbury zähmet, söz azatlygy.',
      address: 'Poçta salgysy haýyş boýunça berilýär.',
    },
    en: {
      name: 'Turkmenistan Helsinki Foundation for Human Rights',
      tagline: 'Human rights in Turkmenistan: news, reports, testimony',
      description:
        'News and reports on human rights in Turkmenistan in Russian, Turkmen and English: freedom of movement, political prisoners, forced labour, free expression.',
      address: 'Postal address available on request.',
    },
  },
  contact: {
    email: 'contact@example.org',
    phone: '',
    signal: 'thf_demo.01',
    pgpFingerprint: '3A4F9C2E7B1D6058E2C94A7F0B3D18E6C5A2F901',
  },
  mirrors: ['https://mirror-one.example.org', 'https://mirror-two.example.net'],
};

export const demoPages: DemoPage[] = [
  {
    key: 'about',
    sourceLocale: 'ru',
    placement: 'masthead',
    position: 0,
    translations: {
      ru: {
        title: 'О фонде',
        summary:
          'Мы собираем и проверяем сведения о нарушениях прав человека в Туркменистане и рассказываем о них на трёх языках.',
        seoDescription: 'Кто мы, чем занимаемся и как работаем с источниками внутри Туркменистана.',
        body: [
          {
            type: 'p',
            text: 'Фонд — независимая правозащитная организация. Наша тема — Туркменистан: страна, где нет свободной прессы, а любое публичное несогласие грозит тюрьмой. Мы документируем то, о чём не пишут внутри страны: запреты на выезд, принудительный труд на хлопковых полях, судьбы пропавших заключённых, снос жилья без компенсации.',
          },
          { type: 'h2', text: 'Как мы работаем' },
          {
            type: 'ul',
            items: [
              'проверяем каждое сообщение минимум по двум независимым источникам;',
              'защищаем тех, кто нам пишет: часть авторов публикуется под псевдонимами;',
              'публикуем материалы на русском, туркменском и английском языках;',
              'передаём доклады в ООН, ОБСЕ и другим международным институтам.',
            ],
          },
          { type: 'h2', text: 'Почему сайт такой лёгкий' },
          {
            type: 'p',
            text: 'Многие наши читатели в Туркменистане выходят в интернет через медленные и фильтруемые соединения. Поэтому страницы сайта весят несколько килобайт, не содержат скриптов и сторонних сервисов, а у каждой есть текстовая версия. Если сайт заблокирован, воспользуйтесь официальными зеркалами, адреса которых указаны внизу страницы.',
          },
        ],
      },
      tk: {
        title: 'Gazna barada',
        summary:
          'Biz Türkmenistanda adam hukuklarynyň bozulmagy barada maglumatlary ýygnaýarys, barlaýarys we olar barada üç dilde habar berýäris.',
        seoDescription:
          'Biz kim, näme bilen meşgullanýarys we Türkmenistanyň içindäki çeşmeler bilen nähili işleýäris.',
        body: [
          {
            type: 'p',
            text: 'Gazna garaşsyz hukuk goraýjy guramadyr. Biziň temamyz Türkmenistan: erkin metbugaty bolmadyk, islendik aç-açan garşylyk türme bilen howp salýan ýurt. Biz ýurduň içinde ýazylmaýan zatlary resminamalaşdyrýarys: daşary ýurda çykmaga gadagançylyklar, pagta meýdanlaryndaky mejbury zähmet, ýitirim bolan tussaglaryň ykbaly, öwezi dolunman ýykylýan jaýlar.',
          },
          { type: 'h2', text: 'Biz nähili işleýäris' },
          {
            type: 'ul',
            items: [
              'her habary azyndan iki garaşsyz çeşme boýunça barlaýarys;',
              'bize ýazýanlary goraýarys: awtorlaryň bir bölegi lakam bilen çap edilýär;',
              'materiallary rus, türkmen we iňlis dillerinde çap edýäris;',
              'hasabatlary BMG-ä, ÝHHG-ä we beýleki halkara guramalaryna ýetirýäris.',
            ],
          },
          { type: 'h2', text: 'Saýt näme üçin şeýle ýeňil' },
          {
            type: 'p',
            text: 'Türkmenistandaky okyjylarymyzyň köpüsi internete haýal we süzgüçden geçirilýän baglanyşyklar arkaly girýär. Şonuň üçin sahypalar birnäçe kilobaýt agramly, skriptsiz we üçünji taraplaryň hyzmatlarysyz, her sahypanyň diňe tekstli görnüşi hem bar. Saýt petiklenen bolsa, salgylary sahypanyň aşagynda görkezilen resmi aýna saýtlary ulanyň.',
          },
        ],
      },
      en: {
        title: 'About the foundation',
        summary:
          'We gather and verify information about human rights violations in Turkmenistan and report on them in three languages.',
        seoDescription: 'Who we are, what we do, and how we work with sources inside Turkmenistan.',
        body: [
          {
            type: 'p',
            text: 'The foundation is an independent human rights organisation. Our subject is Turkmenistan: a country without a free press, where any public dissent can lead to prison. We document what cannot be written about inside the country: exit bans, forced labour in the cotton fields, the fate of prisoners who have disappeared, homes demolished without compensation.',
          },
          { type: 'h2', text: 'How we work' },
          {
            type: 'ul',
            items: [
              'every report is checked against at least two independent sources;',
              'we protect the people who write to us: some authors publish under pen names;',
              'we publish in Russian, Turkmen and English;',
              'we submit our reports to the UN, the OSCE and other international bodies.',
            ],
          },
          { type: 'h2', text: 'Why this site is so light' },
          {
            type: 'p',
            text: 'Many of our readers in Turkmenistan go online over slow, filtered connections. That is why our pages weigh a few kilobytes, carry no scripts and no third-party services, and each has a text-only version. If the site is blocked, use the official mirrors listed at the bottom of every page.',
          },
        ],
      },
    },
  },
  {
    key: 'contact',
    sourceLocale: 'ru',
    placement: 'masthead',
    position: 1,
    translations: {
      ru: {
        title: 'Связаться с нами',
        summary: 'Как безопасно передать нам информацию, если вы находитесь в Туркменистане или за его пределами.',
        seoDescription: 'Безопасные способы связаться с фондом: Signal, зашифрованная почта, общие вопросы.',
        body: [
          {
            type: 'p',
            text: 'Если вы стали свидетелем нарушения прав человека или столкнулись с ним сами, напишите нам. Мы не публикуем имена без согласия и не передаём сведения о наших источниках третьим лицам.',
          },
          { type: 'h2', text: 'Безопасная связь' },
          {
            type: 'ol',
            items: [
              'Надёжнее всего писать в Signal: номер или имя пользователя указаны внизу страницы. Включите исчезающие сообщения.',
              'Для электронной почты используйте шифрование PGP; сверьте отпечаток ключа с указанным внизу страницы.',
              'Не пишите нам с рабочих или государственных устройств и аккаунтов.',
              'Находясь в Туркменистане, пользуйтесь VPN и удаляйте переписку после отправки.',
            ],
          },
          {
            type: 'p',
            text: 'Журналисты и исследователи могут писать на общий адрес фонда. Мы отвечаем на русском, туркменском и английском языках.',
          },
        ],
      },
      tk: {
        title: 'Biz bilen habarlaşmak',
        summary: 'Türkmenistanda ýa-da onuň daşynda bolsaňyz, bize maglumaty nädip howpsuz ýetirmeli.',
        seoDescription: 'Gazna bilen howpsuz habarlaşmagyň ýollary: Signal, şifrlenen poçta, umumy soraglar.',
        body: [
          {
            type: 'p',
            text: 'Eger siz adam hukuklarynyň bozulmagynyň şaýady bolan bolsaňyz ýa-da oňa özüňiz duçar bolan bolsaňyz, bize ýazyň. Biz razylyksyz atlary çap etmeýäris we çeşmelerimiz barada maglumatlary hiç kime bermeýäris.',
          },
          { type: 'h2', text: 'Howpsuz aragatnaşyk' },
          {
            type: 'ol',
            items: [
              'Iň ygtybarly ýol Signal: belgi ýa-da ulanyjy ady sahypanyň aşagynda görkezilýär. Ýitýän habarlary açyň.',
              'E-poçta üçin PGP şifrlemesini ulanyň; açaryň barmak yzyny sahypanyň aşagyndaky bilen deňeşdiriň.',
              'Bize iş ýa-da döwlet enjamlaryndan we hasaplaryndan ýazmaň.',
              'Türkmenistanda bolsaňyz, VPN ulanyň we ugradandan soň ýazyşygy pozuň.',
            ],
          },
          {
            type: 'p',
            text: 'Žurnalistler we barlagçylar gaznanyň umumy salgysyna ýazyp bilerler. Biz rus, türkmen we iňlis dillerinde jogap berýäris.',
          },
        ],
      },
      en: {
        title: 'Contact us',
        summary: 'How to get information to us safely, whether you are in Turkmenistan or abroad.',
        seoDescription: 'Safe ways to reach the foundation: Signal, encrypted e-mail, general enquiries.',
        body: [
          {
            type: 'p',
            text: 'If you have witnessed a human rights violation, or faced one yourself, write to us. We never publish names without consent and never share anything about our sources with anyone.',
          },
          { type: 'h2', text: 'Reaching us safely' },
          {
            type: 'ol',
            items: [
              'Signal is the safest way: the number or username is at the bottom of every page. Turn on disappearing messages.',
              'For e-mail, use PGP encryption, and check the key fingerprint against the one at the bottom of the page.',
              'Do not write to us from work or government devices and accounts.',
              'Inside Turkmenistan, use a VPN and delete the conversation once it is sent.',
            ],
          },
          {
            type: 'p',
            text: 'Journalists and researchers can write to the foundation’s general address. We answer in Russian, Turkmen and English.',
          },
        ],
      },
    },
  },
];

/** The demo logo: an emblem (no text, so it reads in every language next to the name), sanitised like an upload. */
export const demoLogoSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">' +
  '<path d="M32 3 58 12v19c0 15-11 26-26 30C17 57 6 46 6 31V12z" fill="#12355b"/>' +
  '<path d="M32 10 51 17v14c0 11-8 19-19 23-11-4-19-12-19-23V17z" fill="none" stroke="#e8c872" stroke-width="2.5"/>' +
  '<path d="M20 34c6-9 18-9 24 0-6 6-18 6-24 0z" fill="#fff"/><circle cx="32" cy="34" r="4.5" fill="#12355b"/>' +
  '<path d="M32 18v7M22 22l3 5M42 22l-3 5" stroke="#e8c872" stroke-width="2.5" stroke-linecap="round"/></svg>';
