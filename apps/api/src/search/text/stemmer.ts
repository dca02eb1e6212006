/**
 * A light, predictable stemmer for English and Russian words (already normalised: lower case, ё → е).
 * PostgreSQL stems with its own `english` and `russian` configurations; this one serves where no
 * database does the work: taxonomy matching, highlighting, and the stems Meilisearch (which does
 * not stem) is given. It only strips common endings, so `проектов`, `проекты`, `проекта` → `проект`
 * and `robots`, `robot` → `robot`; it never changes a stem's letters otherwise.
 */

const CYRILLIC = /[а-яё]/;

/** Russian noun, adjective, participle and verb endings, longest first. */
const RUSSIAN_ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'иях',
  'ией',
  'ием',
  'иям',
  'ться',
  'ешь',
  'ишь',
  'ете',
  'ите',
  'ах',
  'ях',
  'ов',
  'ев',
  'ей',
  'ий',
  'ый',
  'ой',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ым',
  'им',
  'ом',
  'ем',
  'ам',
  'ям',
  'ую',
  'юю',
  'ия',
  'ии',
  'ья',
  'ье',
  'ию',
  'ью',
  'ть',
  'ет',
  'ют',
  'ут',
  'ит',
  'ат',
  'ят',
  'ла',
  'ло',
  'ли',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'й',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;

function stemRussian(word: string): string {
  for (const ending of RUSSIAN_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length - 3 >= MIN_STEM) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length - 2 >= MIN_STEM) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  return w;
}

/** The stem of a normalised word: Russian rules for Cyrillic, English rules for Latin, else as is. */
export function lightStem(word: string): string {
  if (CYRILLIC.test(word)) return stemRussian(word);
  if (/^[a-z]+$/.test(word)) return stemEnglish(word);
  return word;
}

/**
 * Whether a word of a text (its stem) answers a query word (its stem): the text's stem starts with
 * the query's (`robot` → `robots`, `robotic`), or is a long enough beginning of it.
 */
export function stemsMatch(textStem: string, queryStem: string): boolean {
  if (queryStem.length < 3) return textStem === queryStem;
  if (textStem.startsWith(queryStem)) return true;
  return queryStem.startsWith(textStem) && textStem.length >= Math.max(4, queryStem.length - 3);
}
