import type { DemoLocale } from './types';

/**
 * The demo glossary: the organisations, places and people the demo articles name, with the term each language uses
 * and the other forms a text may carry (Turkmen inflects by suffixes and alternates t/d: Aşgabat, Aşgabady).
 */
export interface DemoGlossaryEntry {
  key: string;
  terms: Record<DemoLocale, string>;
  variants?: Partial<Record<DemoLocale, string[]>>;
  note?: string;
  doNotTranslate?: boolean;
}

export const demoGlossary: DemoGlossaryEntry[] = [
  {
    key: 'osce',
    terms: { ru: 'ОБСЕ', tk: 'ÝHHG', en: 'OSCE' },
    note: 'Organization for Security and Co-operation in Europe',
  },
  { key: 'un', terms: { ru: 'ООН', tk: 'BMG', en: 'United Nations' }, variants: { en: ['UN'] } },
  {
    key: 'odihr',
    terms: { ru: 'БДИПЧ', tk: 'DIAHE', en: 'ODIHR' },
    note: 'OSCE Office for Democratic Institutions and Human Rights',
  },
  {
    key: 'un-hrc',
    terms: {
      ru: 'Комитет ООН по правам человека',
      tk: 'BMG-niň Adam hukuklary boýunça komiteti',
      en: 'UN Human Rights Committee',
    },
  },
  {
    key: 'thf',
    terms: {
      ru: 'Туркменский Хельсинкский фонд',
      tk: 'Türkmen Helsinki Gaznasy',
      en: 'Turkmenistan Helsinki Foundation',
    },
    variants: { ru: ['Хельсинкский фонд'] },
    note: 'Our own name: never abbreviated, never spelt otherwise.',
  },
  { key: 'ashgabat', terms: { ru: 'Ашхабад', tk: 'Aşgabat', en: 'Ashgabat' }, variants: { tk: ['Aşgabad'] } },
  {
    key: 'lebap',
    terms: { ru: 'Лебапский велаят', tk: 'Lebap welaýaty', en: 'Lebap province' },
    variants: { ru: ['Лебап'], tk: ['Lebap'], en: ['Lebap'] },
  },
  {
    key: 'dashoguz',
    terms: { ru: 'Дашогуз', tk: 'Daşoguz', en: 'Dashoguz' },
    variants: { ru: ['Дашогузский'] },
  },
  {
    key: 'ovadan-depe',
    terms: { ru: 'Овадан-Депе', tk: 'Owadandepe', en: 'Ovadan-Depe' },
    variants: { tk: ['Owadan-Depe'] },
    note: 'The prison near Ashgabat.',
  },
  {
    key: 'serdar-berdimuhamedov',
    terms: { ru: 'Сердар Бердымухамедов', tk: 'Serdar Berdimuhamedow', en: 'Serdar Berdimuhamedov' },
  },
  {
    key: 'halk-maslahaty',
    terms: { ru: 'Халк Маслахаты', tk: 'Halk Maslahaty', en: 'Halk Maslahaty' },
    doNotTranslate: true,
    note: 'The People’s Council: the name stays in Turkmen.',
  },
  { key: 'geneva', terms: { ru: 'Женева', tk: 'Ženewa', en: 'Geneva' } },
  { key: 'warsaw', terms: { ru: 'Варшава', tk: 'Warşawa', en: 'Warsaw' } },
  { key: 'karakalpakstan', terms: { ru: 'Каракалпакстан', tk: 'Garagalpagystan', en: 'Karakalpakstan' } },
  { key: 'istanbul', terms: { ru: 'Стамбул', tk: 'Stambul', en: 'Istanbul' } },
  { key: 'turkmenabat', terms: { ru: 'Туркменабат', tk: 'Türkmenabat', en: 'Turkmenabat' } },
];
