import { b, CV, DEEP, FieldBank, p } from './demo-words.types';

/** Word banks of the Robotics field (see demo-words.types.ts). */
export const ROBOTICS_BANK: FieldBank = {
  code: 'ROBOTICS',
  products: [
    {
      product: p('harvesting robot', 'Робот для сбора урожая', '采摘机器人'),
      applications: [
        p('berry farms', 'на ягодных фермах', '浆果农场'),
        p('orchards', 'в садах', '果园'),
        p('vertical farms', 'на вертикальных фермах', '垂直农场'),
      ],
      technologies: [CV, p('Soft-gripper', 'с мягким захватом', '柔性夹爪')],
      benefits: [
        b('picks up to {n} kg an hour', 'собирает до {n} кг в час', '每小时采摘多达{n}公斤', [40, 200, 10]),
        b(
          'reduces labour costs by {n}%',
          'снижает затраты на труд на {n}%',
          '可将人工成本降低{n}%',
          [25, 60],
        ),
      ],
      tags: ['agritech', 'robotics', 'harvesting'],
    },
    {
      product: p('inspection drone', 'Беспилотник для инспекции', '巡检无人机'),
      applications: [
        p('power lines', 'линий электропередачи', '输电线路'),
        p('oil and gas pipelines', 'нефтегазовых трубопроводов', '油气管道'),
        p('bridges', 'мостов', '桥梁'),
      ],
      technologies: [p('Thermal-imaging', 'с тепловизором', '热成像'), p('LiDAR', 'с лидаром', '激光雷达')],
      benefits: [
        b('inspects up to {n} km a day', 'обследует до {n} км в день', '每天巡检多达{n}公里', [20, 120, 10]),
        b(
          'cuts inspection costs by {n}%',
          'снижает стоимость обследований на {n}%',
          '巡检成本降低{n}%',
          [30, 70],
        ),
      ],
      tags: ['drones', 'inspection', 'energy'],
    },
    {
      product: p('warehouse robot', 'Складской робот', '仓储机器人'),
      applications: [
        p('e-commerce fulfilment centres', 'для центров обработки заказов', '电商履约中心'),
        p('cold-chain warehouses', 'для холодильных складов', '冷链仓库'),
        p('pharmaceutical distributors', 'для фармацевтических дистрибьюторов', '医药分销商'),
      ],
      technologies: [
        p('SLAM-navigation', 'с навигацией SLAM', 'SLAM导航'),
        p('Swarm-control', 'с роевым управлением', '集群控制'),
      ],
      benefits: [
        b('raises throughput by {n}%', 'повышает производительность на {n}%', '作业效率提升{n}%', [20, 80]),
        b(
          'suits cold stores at −25 °C',
          'подходит для холодильных камер при −25 °C',
          '适用于零下25摄氏度的冷库',
        ),
      ],
      tags: ['logistics', 'AMR', 'warehouse automation'],
    },
    {
      product: p('exoskeleton', 'Экзоскелет', '外骨骼'),
      applications: [
        p('stroke rehabilitation', 'для реабилитации после инсульта', '中风康复'),
        p('logistics workers', 'для работников логистики', '物流工人'),
        p('construction sites', 'для строительных площадок', '建筑工地'),
      ],
      technologies: [
        p('EMG-controlled', 'с управлением по ЭМГ', '肌电控制'),
        p('Carbon-composite', 'из углекомпозита', '碳纤维复合材料'),
      ],
      benefits: [
        b('reduces back load by {n}%', 'снижает нагрузку на спину на {n}%', '腰背负荷降低{n}%', [30, 60]),
        b('weighs under {n} kg', 'весит менее {n} кг', '重量不足{n}公斤', [5, 12]),
      ],
      tags: ['exoskeleton', 'medtech', 'wearables'],
    },
    {
      product: p('welding robot', 'Сварочный робот', '焊接机器人'),
      applications: [
        p('shipyards', 'для верфей', '船厂'),
        p('pipeline construction', 'для строительства трубопроводов', '管道建设'),
        p('small machine shops', 'для небольших машиностроительных цехов', '小型机加工车间'),
      ],
      technologies: [
        p('Laser-seam-tracking', 'с лазерным отслеживанием шва', '激光焊缝跟踪'),
        p('AI-path-planning', 'с планированием траектории на основе ИИ', '人工智能路径规划'),
      ],
      benefits: [
        b(
          'welds {n}% faster than a manual welder',
          'варит на {n}% быстрее сварщика',
          '焊接速度比人工快{n}%',
          [30, 150, 10],
        ),
        b(
          'is set up by a shop-floor worker in one shift',
          'настраивается рабочим за одну смену',
          '工人一个班次即可完成设置',
        ),
      ],
      tags: ['industrial robotics', 'welding', 'manufacturing'],
    },
    {
      product: p('underwater robot', 'Подводный робот', '水下机器人'),
      applications: [
        p('aquaculture farms', 'для аквакультурных хозяйств', '水产养殖场'),
        p('offshore platforms', 'для морских платформ', '海上平台'),
        p('hydropower dams', 'для плотин ГЭС', '水电站大坝'),
      ],
      technologies: [
        p('Sonar-mapping', 'с гидролокационным картированием', '声呐测绘'),
        p('Autonomous-navigation', 'с автономной навигацией', '自主导航'),
      ],
      benefits: [
        b('dives to {n} m', 'погружается на глубину до {n} м', '下潜深度可达{n}米', [100, 600, 50]),
        b(
          'replaces divers in routine inspections',
          'заменяет водолазов при плановых осмотрах',
          '可代替潜水员完成例行检查',
        ),
      ],
      tags: ['marine robotics', 'ROV', 'inspection'],
    },
    {
      product: p('delivery robot', 'Робот-курьер', '配送机器人'),
      applications: [
        p('university campuses', 'для университетских кампусов', '大学校园'),
        p('residential districts', 'для жилых кварталов', '住宅小区'),
        p('business parks', 'для бизнес-парков', '商务园区'),
      ],
      technologies: [
        p('Tracked-chassis', 'на гусеничном шасси', '履带底盘'),
        p('Multi-sensor', 'с мультисенсорной навигацией', '多传感器导航'),
      ],
      benefits: [
        b(
          'delivers up to {n} orders a day',
          'доставляет до {n} заказов в день',
          '每天可配送多达{n}单',
          [30, 120, 10],
        ),
        b('withstands frosts down to −40 °C', 'выдерживает мороз до −40 °C', '可耐受零下40摄氏度严寒'),
      ],
      tags: ['last mile', 'delivery', 'autonomous robots'],
    },
    {
      product: p('collaborative robot arm', 'Коллаборативный робот-манипулятор', '协作机械臂'),
      applications: [
        p('electronics assembly', 'для сборки электроники', '电子装配'),
        p('food packaging', 'для упаковки продуктов', '食品包装'),
        p('laboratory automation', 'для автоматизации лабораторий', '实验室自动化'),
      ],
      technologies: [p('Force-feedback', 'с обратной связью по усилию', '力反馈'), CV],
      benefits: [
        b(
          'is reprogrammed by demonstration in minutes',
          'переобучается показом за несколько минут',
          '通过示教几分钟即可重新编程',
        ),
        b('raises throughput by {n}%', 'повышает производительность на {n}%', '作业效率提升{n}%', [15, 40]),
      ],
      tags: ['cobots', 'automation', 'manufacturing'],
    },
    {
      product: p('weeding robot', 'Робот для прополки', '除草机器人'),
      applications: [
        p('organic farms', 'на органических фермах', '有机农场'),
        p('vegetable fields', 'на овощных полях', '蔬菜田'),
        p('greenhouses', 'в теплицах', '温室'),
      ],
      technologies: [DEEP, p('Laser-targeting', 'с лазерным наведением', '激光定位')],
      benefits: [
        b(
          'removes {n}% of weeds without herbicides',
          'удаляет {n}% сорняков без гербицидов',
          '无需除草剂即可清除{n}%的杂草',
          [85, 98],
        ),
        b(
          'covers up to {n} hectares a day',
          'обрабатывает до {n} га в день',
          '每天可作业多达{n}公顷',
          [2, 12],
        ),
      ],
      tags: ['agritech', 'robotics', 'organic farming'],
    },
  ],
  benefits: [
    b('operates around the clock', 'работает круглосуточно', '可全天候作业'),
    b(
      'costs {n}% less than imported analogues',
      'стоит на {n}% дешевле импортных аналогов',
      '价格比进口同类产品低{n}%',
      [15, 45],
    ),
    b(
      'is deployed in {n} days without rebuilding the site',
      'внедряется за {n} дней без перестройки объекта',
      '无需改造现场，{n}天即可部署',
      [5, 20],
    ),
  ],
  namePrefixes: ['Robo', 'Ural', 'Volga', 'Aero', 'Techno', 'Arctic', 'Mekh', 'Servo', 'Baikal', 'Neva'],
  nameSuffixes: ['Robotics', 'Dynamics', 'Motion', 'Systems', 'Tech', 'Lab', 'Drive', 'Works'],
};
