// A tiny hand-written corpus and gazetteer shared by the NER tests.
import type { LabelledSentence } from '../../src/ner/conll.ts';
import type { GazetteerData } from '../../src/ner/gazetteer.ts';

const s = (line: string): LabelledSentence => {
  const pairs = line.split(' ').map((p) => p.split('/'));
  return { tokens: pairs.map((p) => p[0]!), labels: pairs.map((p) => p[1] ?? 'O') };
};

export const TOY: LabelledSentence[] = [
  s('زار/O الرئيس/O سمير/B-PERS حداد/I-PERS مدينة/O طرابلس/B-LOC أمس/O ./O'),
  s('التقى/O سمير/B-PERS حداد/I-PERS وفد/O منظمة/B-ORG الغذاء/I-ORG العالمية/I-ORG ./O'),
  s('وصل/O الوزير/O ناصر/B-PERS عيسى/I-PERS إلى/O بيروت/B-LOC ./O'),
  s('قالت/O منظمة/B-ORG الغذاء/I-ORG العالمية/I-ORG إن/O الجفاف/O يضرب/O طرابلس/B-LOC ./O'),
  s('ارتفع/O سعر/O الدولار/B-MISC في/O بيروت/B-LOC ./O'),
  s('غادر/O ناصر/B-PERS عيسى/I-PERS بيروت/B-LOC متجها/O إلى/O طرابلس/B-LOC ./O'),
];

export const TOY_GAZ: GazetteerData = {
  names: [['بيروت', 'GPE'], ['طرابلس', 'GPE'], ['منظمه الغذاء العالميه', 'ORG']],
  nisba: ['لبناني', 'اللبناني'],
  titles: ['الرئيس', 'الوزير'],
};
