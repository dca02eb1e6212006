/**
 * The fields-and-tags taxonomy of Bridge in Chinese, English and Russian. Each concept lists its
 * names per language, the canonical one first; aliases follow (abbreviations, plurals the light
 * stemmer does not join, common synonyms). Concept ids are lower case letters, digits and hyphens.
 *
 * A document gets the names of every concept it mentions in all three languages, and a query that
 * names a concept in one language also matches the concept itself: 机器人 = робототехника = robotics.
 */
export interface ConceptData {
  id: string;
  zh: string[];
  en: string[];
  ru: string[];
}

export const CONCEPTS: readonly ConceptData[] = [
  // Artificial intelligence
  {
    id: 'ai',
    zh: ['人工智能'],
    en: ['artificial intelligence', 'ai'],
    ru: ['искусственный интеллект', 'ии'],
  },
  { id: 'machine-learning', zh: ['机器学习'], en: ['machine learning', 'ml'], ru: ['машинное обучение'] },
  { id: 'deep-learning', zh: ['深度学习'], en: ['deep learning'], ru: ['глубокое обучение'] },
  {
    id: 'neural-networks',
    zh: ['神经网络'],
    en: ['neural network', 'neural net'],
    ru: ['нейронная сеть', 'нейросеть', 'нейросети'],
  },
  {
    id: 'computer-vision',
    zh: ['计算机视觉', '机器视觉'],
    en: ['computer vision', 'machine vision'],
    ru: ['компьютерное зрение', 'машинное зрение'],
  },
  {
    id: 'nlp',
    zh: ['自然语言处理'],
    en: ['natural language processing', 'nlp'],
    ru: ['обработка естественного языка'],
  },
  { id: 'speech-recognition', zh: ['语音识别'], en: ['speech recognition'], ru: ['распознавание речи'] },
  {
    id: 'large-language-models',
    zh: ['大语言模型', '大模型'],
    en: ['large language model', 'llm'],
    ru: ['большая языковая модель'],
  },
  { id: 'big-data', zh: ['大数据'], en: ['big data'], ru: ['большие данные'] },
  {
    id: 'data-analytics',
    zh: ['数据分析'],
    en: ['data analytics', 'data analysis'],
    ru: ['анализ данных', 'аналитика данных'],
  },
  {
    id: 'recommender-systems',
    zh: ['推荐系统'],
    en: ['recommender system', 'recommendation system'],
    ru: ['рекомендательная система'],
  },
  {
    id: 'cybersecurity',
    zh: ['网络安全'],
    en: ['cybersecurity', 'cyber security'],
    ru: ['кибербезопасность'],
  },
  { id: 'iot', zh: ['物联网'], en: ['internet of things', 'iot'], ru: ['интернет вещей'] },
  {
    id: 'medical-imaging',
    zh: ['医学影像', '医疗影像'],
    en: ['medical imaging'],
    ru: ['медицинская визуализация'],
  },
  { id: 'fintech', zh: ['金融科技'], en: ['fintech', 'financial technology'], ru: ['финтех'] },
  {
    id: 'edtech',
    zh: ['教育科技'],
    en: ['edtech', 'education technology'],
    ru: ['эдтех', 'образовательные технологии'],
  },
  // Robotics
  { id: 'robotics', zh: ['机器人', '机器人技术'], en: ['robotics', 'robot'], ru: ['робототехника', 'робот'] },
  {
    id: 'drones',
    zh: ['无人机'],
    en: ['drone', 'uav', 'unmanned aerial vehicle'],
    ru: ['беспилотник', 'дрон', 'бпла', 'беспилотный летательный аппарат'],
  },
  {
    id: 'autonomous-vehicles',
    zh: ['自动驾驶', '无人驾驶'],
    en: ['autonomous vehicle', 'self-driving', 'autonomous driving'],
    ru: ['беспилотный автомобиль', 'автономное вождение'],
  },
  {
    id: 'industrial-automation',
    zh: ['工业自动化', '自动化'],
    en: ['industrial automation', 'automation'],
    ru: ['промышленная автоматизация', 'автоматизация'],
  },
  {
    id: 'robotic-arms',
    zh: ['机械臂'],
    en: ['robotic arm', 'manipulator'],
    ru: ['манипулятор', 'робот-манипулятор'],
  },
  { id: 'exoskeletons', zh: ['外骨骼'], en: ['exoskeleton'], ru: ['экзоскелет'] },
  { id: 'sensors', zh: ['传感器'], en: ['sensor'], ru: ['датчик', 'сенсор'] },
  { id: 'navigation', zh: ['导航'], en: ['navigation', 'slam'], ru: ['навигация'] },
  { id: 'logistics', zh: ['物流', '仓储'], en: ['logistics', 'warehouse'], ru: ['логистика', 'склад'] },
  {
    id: 'additive-manufacturing',
    zh: ['增材制造'],
    en: ['additive manufacturing', '3d printing'],
    ru: ['аддитивное производство', '3d-печать'],
  },
  { id: 'smart-manufacturing', zh: ['智能制造'], en: ['smart manufacturing'], ru: ['умное производство'] },
  { id: 'service-robots', zh: ['服务机器人'], en: ['service robot'], ru: ['сервисный робот'] },
  // Biotech and food tech
  {
    id: 'biotech',
    zh: ['生物技术', '生物科技'],
    en: ['biotechnology', 'biotech'],
    ru: ['биотехнологии', 'биотех'],
  },
  {
    id: 'food-tech',
    zh: ['食品科技', '食品技术'],
    en: ['food tech', 'foodtech', 'food technology'],
    ru: ['фудтех', 'пищевые технологии'],
  },
  {
    id: 'agriculture',
    zh: ['农业'],
    en: ['agriculture', 'farming', 'agritech', 'agtech'],
    ru: ['сельское хозяйство', 'агротех', 'агротехнологии'],
  },
  {
    id: 'precision-agriculture',
    zh: ['精准农业', '智慧农业'],
    en: ['precision agriculture', 'smart farming'],
    ru: ['точное земледелие', 'умное сельское хозяйство'],
  },
  {
    id: 'alternative-protein',
    zh: ['替代蛋白', '植物肉'],
    en: ['alternative protein', 'plant-based meat'],
    ru: ['альтернативный белок', 'растительное мясо'],
  },
  { id: 'fermentation', zh: ['发酵'], en: ['fermentation'], ru: ['ферментация', 'брожение'] },
  {
    id: 'genomics',
    zh: ['基因组学', '基因编辑'],
    en: ['genomics', 'gene editing', 'crispr'],
    ru: ['геномика', 'редактирование генов'],
  },
  {
    id: 'drug-discovery',
    zh: ['药物研发', '新药研发'],
    en: ['drug discovery', 'pharmaceutical'],
    ru: ['разработка лекарств', 'фармацевтика'],
  },
  { id: 'diagnostics', zh: ['诊断'], en: ['diagnostics', 'diagnosis'], ru: ['диагностика'] },
  {
    id: 'aquaculture',
    zh: ['水产养殖'],
    en: ['aquaculture', 'fish farming'],
    ru: ['аквакультура', 'рыбоводство'],
  },
  {
    id: 'food-safety',
    zh: ['食品安全'],
    en: ['food safety'],
    ru: ['пищевая безопасность', 'безопасность пищевых продуктов'],
  },
  { id: 'packaging', zh: ['包装'], en: ['packaging'], ru: ['упаковка'] },
  { id: 'nutrition', zh: ['营养'], en: ['nutrition'], ru: ['питание'] },
  {
    id: 'vertical-farming',
    zh: ['垂直农业', '植物工厂'],
    en: ['vertical farming', 'vertical farm'],
    ru: ['вертикальная ферма'],
  },
  { id: 'greenhouses', zh: ['温室'], en: ['greenhouse'], ru: ['теплица'] },
  { id: 'livestock', zh: ['畜牧业'], en: ['livestock'], ru: ['животноводство'] },
];

/** The concepts each default competition field (DEFAULT_FIELDS code) stands for. */
export const FIELD_CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  AI: ['ai'],
  ROBOTICS: ['robotics'],
  BIOTECH: ['biotech', 'food-tech'],
};
