/**
 * Word banks of the demo projects, per field, in Chinese, English and Russian. A title is
 * technology + product + application, composed per language so that it reads naturally:
 *   zh: 基于{technology}的{application}{product}       基于计算机视觉的温室采摘机器人
 *   en: {Technology} {product} for {application}       Computer-vision harvesting robot for greenhouses
 *   ru: {Product} {application} {technology}            Робот для сбора урожая в теплицах с компьютерным зрением
 * Every application and technology of a product fits that product in all three languages.
 */
export interface Phrase {
  zh: string;
  en: string;
  ru: string;
}

/** A benefit: a complete predicate in each language; `{n}` is drawn from `range` (by `step`). */
export interface Benefit extends Phrase {
  range?: [number, number, number?];
}

export interface ProductBank {
  product: Phrase;
  applications: Phrase[];
  technologies: Phrase[];
  /** What this product does for its customers. */
  benefits: Benefit[];
  tags: string[];
}

export interface FieldBank {
  code: 'AI' | 'ROBOTICS' | 'BIOTECH';
  products: ProductBank[];
  /** Benefits any product of the field may claim. */
  benefits: Benefit[];
  namePrefixes: string[];
  nameSuffixes: string[];
}

export const p = (en: string, ru: string, zh: string): Phrase => ({ en, ru, zh });
export const b = (en: string, ru: string, zh: string, range?: [number, number, number?]): Benefit => ({
  en,
  ru,
  zh,
  range,
});

export const CV = p('Computer-vision', 'с компьютерным зрением', '计算机视觉');
export const DEEP = p('Deep-learning', 'на основе глубокого обучения', '深度学习');
export const ML = p('Machine-learning', 'на основе машинного обучения', '机器学习');
export const LLM = p('Large-language-model', 'на основе больших языковых моделей', '大语言模型');
