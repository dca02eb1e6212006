import type { DemoProject } from './demo-edition.generator';
import { aspectsOf } from './demo-quality';
import { DemoRandom, at, demoUuid } from './demo-random';

/** The demo start-up's 2020 entry: written by hand, strong (it ends as a finalist). */
export function agroVisionProject(year: number, rng: DemoRandom): DemoProject {
  const quality = 86;
  return {
    id: demoUuid(`${year}/project/agrovision`),
    organizationId: null,
    fieldCode: 'ROBOTICS',
    title: {
      zh: '基于计算机视觉的温室采摘机器人',
      en: 'Computer-vision harvesting robot for greenhouses',
      ru: 'Робот для сбора урожая в теплицах с компьютерным зрением',
    },
    summary: {
      zh: '温室采摘机器人，可全天候采摘番茄和黄瓜，人工成本降低45%。',
      en: 'Harvesting robot for greenhouses: picks tomatoes and cucumbers around the clock and cuts labour costs by 45%.',
      ru: 'Робот для сбора урожая в теплицах: круглосуточно собирает томаты и огурцы и снижает затраты на труд на 45%.',
    },
    description: {
      zh: '阿格罗视觉机器人于2017年在新西伯利亚成立，团队共14人，由机器人工程师和温室农艺师组成。机器人已在西伯利亚的3个温室综合体运行。本轮计划融资150万美元，用于批量生产，并在中国寻找科技园设立首个海外办公室。',
      en: 'AgroVision Robotics was founded in 2017 in Novosibirsk. Its team of 14 combines robotics engineers with greenhouse agronomists. The robots run at 3 greenhouse complexes in Siberia. The team is raising USD 1.5 million to start serial production and is looking for a science park in China for its first overseas office.',
      ru: 'Компания АгроВижн Роботикс основана в 2017 году в Новосибирске. В команде 14 человек — инженеры-робототехники и агрономы тепличных хозяйств. Роботы работают в 3 тепличных комплексах Сибири. Команда привлекает 1,5 млн долл. США на запуск серийного производства и ищет научный парк в Китае для первого зарубежного офиса.',
    },
    tags: ['agritech', 'robotics', 'computer vision', 'greenhouse'],
    trl: 7,
    stage: 'EARLY_REVENUE',
    fundingAskAmount: 1_500_000_00,
    fundingAskCurrency: 'USD',
    seeking: ['INVESTMENT', 'LANDING', 'CUSTOMERS'],
    teamSize: 14,
    foundedYear: 2017,
    city: 'Novosibirsk',
    pitchDeckUrl: `https://agrovision.bridge.demo/deck-${year}.pdf`,
    videoUrl: `https://video.bridge.demo/${year}/agrovision`,
    contactEmail: 'founders@agrovision.bridge.demo',
    contactPhone: '+7 383 555 0101',
    contactMessenger: '@agrovision_robotics',
    visibilityConsent: true,
    submittedAt: at(`${year}-07-14`, 9 * 60 + 30),
    withdrawnAt: null,
    quality,
    aspects: aspectsOf(rng, quality, 88),
  };
}
