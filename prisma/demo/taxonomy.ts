import type { DemoAuthor, DemoCover, DemoNamed } from './types';

export const categories: DemoNamed[] = [
  { key: 'news', names: { ru: 'Новости', tk: 'Täzelikler', en: 'News' } },
  { key: 'reports', names: { ru: 'Доклады', tk: 'Hasabatlar', en: 'Reports' } },
  { key: 'political-prisoners', names: { ru: 'Политзаключённые', tk: 'Syýasy tussaglar', en: 'Political prisoners' } },
  {
    key: 'freedom-of-movement',
    names: { ru: 'Свобода передвижения', tk: 'Hereket azatlygy', en: 'Freedom of movement' },
  },
  { key: 'labour-rights', names: { ru: 'Трудовые права', tk: 'Zähmet hukuklary', en: 'Labour rights' } },
  { key: 'media-freedom', names: { ru: 'Свобода СМИ', tk: 'Metbugat azatlygy', en: 'Media freedom' } },
];

export const tags: DemoNamed[] = [
  { key: 'osce', names: { ru: 'ОБСЕ', tk: 'ÝHHG', en: 'OSCE' } },
  { key: 'un', names: { ru: 'ООН', tk: 'BMG', en: 'UN' } },
  { key: 'russia', names: { ru: 'Россия', tk: 'Russiýa', en: 'Russia' } },
  { key: 'turkey', names: { ru: 'Турция', tk: 'Türkiýe', en: 'Turkey' } },
  { key: 'migrants', names: { ru: 'Мигранты', tk: 'Migrantlar', en: 'Migrants' } },
  { key: 'cotton', names: { ru: 'Хлопок', tk: 'Pagta', en: 'Cotton' } },
  { key: 'internet', names: { ru: 'Интернет', tk: 'Internet', en: 'Internet' } },
  { key: 'housing', names: { ru: 'Жильё', tk: 'Ýaşaýyş jaýy', en: 'Housing' } },
  { key: 'covid-19', names: { ru: 'COVID-19', tk: 'COVID-19', en: 'COVID-19' } },
  { key: 'prisons', names: { ru: 'Тюрьмы', tk: 'Türmeler', en: 'Prisons' } },
  { key: 'journalists', names: { ru: 'Журналисты', tk: 'Žurnalistler', en: 'Journalists' } },
  { key: 'youth', names: { ru: 'Молодёжь', tk: 'Ýaşlar', en: 'Youth' } },
];

export const authors: DemoAuthor[] = [
  {
    key: 'thf-staff',
    isPenName: false,
    names: {
      ru: 'Туркменский Хельсинкский фонд',
      tk: 'Türkmen Helsinki Gaznasy',
      en: 'Turkmenistan Helsinki Foundation',
    },
    bio: {
      ru: 'Материалы, подготовленные сотрудниками фонда.',
      tk: 'Gaznanyň işgärleri tarapyndan taýýarlanan materiallar.',
      en: 'Reporting prepared by the foundation’s staff.',
    },
  },
  {
    key: 'aman-gurbanov',
    isPenName: true,
    names: { ru: 'Аман Гурбанов', tk: 'Aman Gurbanow', en: 'Aman Gurbanov' },
    bio: {
      ru: 'Псевдоним корреспондента, работающего внутри Туркменистана.',
      tk: 'Türkmenistanyň içinde işleýän habarçynyň lakamy.',
      en: 'Pen name of a correspondent working inside Turkmenistan.',
    },
  },
  {
    key: 'maral-annayeva',
    isPenName: false,
    names: { ru: 'Марал Аннаева', tk: 'Maral Annaýewa', en: 'Maral Annayeva' },
    bio: {
      ru: 'Аналитик фонда по вопросам миграции и свободы передвижения.',
      tk: 'Gaznanyň migrasiýa we hereket azatlygy boýunça seljerijisi.',
      en: 'The foundation’s analyst on migration and freedom of movement.',
    },
  },
];

export const covers: DemoCover[] = [
  {
    key: 'protest-square',
    colors: ['#24476b', '#c9a227'],
    alt: {
      ru: 'Городская площадь зимой, люди с плакатами',
      tk: 'Gyşda şäher meýdançasy, plakatly adamlar',
      en: 'A city square in winter, people holding placards',
    },
    caption: { ru: 'Иллюстрация', tk: 'Illýustrasiýa', en: 'Illustration' },
    credit: { ru: 'Habar (демо)', tk: 'Habar (demo)', en: 'Habar (demo)' },
  },
  {
    key: 'cotton-field',
    colors: ['#3d6b2f', '#f2efe6'],
    alt: {
      ru: 'Хлопковое поле перед сбором урожая',
      tk: 'Hasyl ýygnalmazdan öň pagta meýdany',
      en: 'A cotton field before the harvest',
    },
    caption: { ru: 'Иллюстрация', tk: 'Illýustrasiýa', en: 'Illustration' },
    credit: { ru: 'Habar (демо)', tk: 'Habar (demo)', en: 'Habar (demo)' },
  },
  {
    key: 'airport-hall',
    colors: ['#5b4a8a', '#e0e6ef'],
    alt: {
      ru: 'Зал ожидания аэропорта с табло вылетов',
      tk: 'Uçuş tablosy bolan howa menziliniň garaşylýan zaly',
      en: 'An airport departure hall with a flight board',
    },
    caption: { ru: 'Иллюстрация', tk: 'Illýustrasiýa', en: 'Illustration' },
    credit: { ru: 'Habar (демо)', tk: 'Habar (demo)', en: 'Habar (demo)' },
  },
  {
    key: 'closed-door',
    colors: ['#6b2f2f', '#d9d4c7'],
    alt: {
      ru: 'Закрытая металлическая дверь с решёткой',
      tk: 'Gözenekli ýapyk demir gapy',
      en: 'A closed metal door with bars',
    },
    caption: { ru: 'Иллюстрация', tk: 'Illýustrasiýa', en: 'Illustration' },
    credit: { ru: 'Habar (демо)', tk: 'Habar (demo)', en: 'Habar (demo)' },
  },
  {
    key: 'city-blocks',
    colors: ['#7d8a99', '#e9e4da'],
    alt: {
      ru: 'Жилые дома, один из них наполовину снесён',
      tk: 'Ýaşaýyş jaýlary, olaryň biri ýarym ýykylan',
      en: 'Apartment blocks, one of them half demolished',
    },
    caption: {
      ru: 'Снос жилья в Ашхабаде',
      tk: 'Aşgabatda ýaşaýyş jaýlarynyň ýykylmagy',
      en: 'Demolitions in Ashgabat',
    },
    credit: { ru: 'Habar (демо)', tk: 'Habar (demo)', en: 'Habar (demo)' },
  },
  {
    key: 'passport',
    colors: ['#1f5c4a', '#dfe7e2'],
    alt: {
      ru: 'Обложка паспорта с гербом',
      tk: 'Gerbli pasportyň daşky sahypasy',
      en: 'A passport cover with a coat of arms',
    },
    caption: { ru: 'Паспорт гражданина', tk: 'Raýatyň pasporty', en: 'A citizen’s passport' },
    credit: { ru: 'Habar (демо)', tk: 'Habar (demo)', en: 'Habar (demo)' },
  },
  {
    key: 'phone-signal',
    colors: ['#3b5b8c', '#dfe6f0'],
    alt: {
      ru: 'Смартфон с перечёркнутым индикатором сети',
      tk: 'Tory görkezijisi üstünden çyzylan smartfon',
      en: 'A smartphone with its signal bars crossed out',
    },
    caption: {
      ru: 'Доступ к интернету ограничен',
      tk: 'Internete girmek çäklendirilen',
      en: 'Internet access restricted',
    },
    credit: { ru: 'Habar (демо)', tk: 'Habar (demo)', en: 'Habar (demo)' },
  },
  {
    key: 'newsprint',
    colors: ['#8c3b3b', '#efe9df'],
    alt: {
      ru: 'Газетная полоса с красной печатью поверх текста',
      tk: 'Tekstiň üstünde gyzyl möhürli gazet sahypasy',
      en: 'A newspaper page with a red stamp across it',
    },
    caption: { ru: 'Давление на прессу', tk: 'Metbugata basyş', en: 'Pressure on the press' },
    credit: { ru: 'Habar (демо)', tk: 'Habar (demo)', en: 'Habar (demo)' },
  },
  {
    key: 'hospital',
    colors: ['#4a7c8c', '#e4eef0'],
    alt: {
      ru: 'Здание больницы с красным крестом',
      tk: 'Gyzyl haçly hassahana binasy',
      en: 'A hospital building with a red cross',
    },
    caption: { ru: 'Больница', tk: 'Hassahana', en: 'A hospital' },
    credit: { ru: 'Habar (демо)', tk: 'Habar (demo)', en: 'Habar (demo)' },
  },
];
