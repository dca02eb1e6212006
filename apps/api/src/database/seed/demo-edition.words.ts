import { AI_BANK } from './demo-words.ai';
import { BIOTECH_BANK } from './demo-words.biotech';
import { ROBOTICS_BANK } from './demo-words.robotics';
import type { FieldBank } from './demo-words.types';

export type { Benefit, FieldBank, Phrase, ProductBank } from './demo-words.types';

/** The word banks of the three default fields, in their order. */
export const FIELD_BANKS: FieldBank[] = [AI_BANK, ROBOTICS_BANK, BIOTECH_BANK];

/** Chinese and Russian renderings of the name parts of start-ups (names are synthetic). */
export const NAME_PARTS: Record<string, { zh: string; ru: string }> = {
  Neuro: { zh: '神经元', ru: 'Нейро' },
  Kvant: { zh: '量子', ru: 'Квант' },
  Vector: { zh: '矢量', ru: 'Вектор' },
  Cyber: { zh: '赛博', ru: 'Кибер' },
  Smart: { zh: '智汇', ru: 'Смарт' },
  Opti: { zh: '光学', ru: 'Опти' },
  Nord: { zh: '北方', ru: 'Норд' },
  Sib: { zh: '西伯利亚', ru: 'Сиб' },
  Data: { zh: '数据', ru: 'Дата' },
  Logos: { zh: '逻各斯', ru: 'Логос' },
  Robo: { zh: '机器人', ru: 'Робо' },
  Ural: { zh: '乌拉尔', ru: 'Урал' },
  Volga: { zh: '伏尔加', ru: 'Волга' },
  Aero: { zh: '航空', ru: 'Аэро' },
  Techno: { zh: '泰诺', ru: 'Техно' },
  Arctic: { zh: '北极', ru: 'Арктик' },
  Mekh: { zh: '机械', ru: 'Мех' },
  Servo: { zh: '伺服', ru: 'Серво' },
  Baikal: { zh: '贝加尔', ru: 'Байкал' },
  Neva: { zh: '涅瓦', ru: 'Нева' },
  Bio: { zh: '生物', ru: 'Био' },
  Agro: { zh: '农业', ru: 'Агро' },
  Geno: { zh: '基因', ru: 'Гено' },
  Vita: { zh: '维他', ru: 'Вита' },
  Terra: { zh: '大地', ru: 'Терра' },
  Aqua: { zh: '碧水', ru: 'Аква' },
  Altai: { zh: '阿尔泰', ru: 'Алтай' },
  Ferm: { zh: '发酵', ru: 'Ферм' },
  Green: { zh: '绿色', ru: 'Грин' },
  Sever: { zh: '北境', ru: 'Север' },
  Mind: { zh: '智脑', ru: 'Майнд' },
  Logic: { zh: '逻辑', ru: 'Лоджик' },
  Sense: { zh: '感知', ru: 'Сенс' },
  Soft: { zh: '软件', ru: 'Софт' },
  Lab: { zh: '实验室', ru: 'Лаб' },
  Vision: { zh: '视觉', ru: 'Вижн' },
  Systems: { zh: '系统', ru: 'Системс' },
  Tech: { zh: '科技', ru: 'Тех' },
  Robotics: { zh: '机器人', ru: 'Роботикс' },
  Dynamics: { zh: '动力', ru: 'Динамикс' },
  Motion: { zh: '运动', ru: 'Моушн' },
  Drive: { zh: '驱动', ru: 'Драйв' },
  Works: { zh: '工坊', ru: 'Воркс' },
  Genomics: { zh: '基因组', ru: 'Геномикс' },
  Foods: { zh: '食品', ru: 'Фудс' },
  Farm: { zh: '农场', ru: 'Фарм' },
  Cell: { zh: '赛尔', ru: 'Селл' },
  Pro: { zh: '优创', ru: 'Про' },
  Life: { zh: '生命', ru: 'Лайф' },
};
