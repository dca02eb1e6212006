import { b, DEEP, FieldBank, LLM, ML, p } from './demo-words.types';

/** Word banks of the Artificial intelligence field (see demo-words.types.ts). */
export const AI_BANK: FieldBank = {
  code: 'AI',
  products: [
    {
      product: p('demand-forecasting platform', 'Платформа прогнозирования спроса', '需求预测平台'),
      applications: [
        p('retail chains', 'для розничных сетей', '零售连锁'),
        p('grocery e-commerce', 'для онлайн-продуктовых магазинов', '生鲜电商'),
        p('pharmacy networks', 'для аптечных сетей', '连锁药店'),
      ],
      technologies: [ML, p('Graph-neural-network', 'на основе графовых нейросетей', '图神经网络')],
      benefits: [
        b('cuts forecasting errors by {n}%', 'снижает ошибку прогноза на {n}%', '预测误差降低{n}%', [15, 45]),
        b(
          'reduces stock write-offs by {n}%',
          'снижает списания товаров на {n}%',
          '商品损耗减少{n}%',
          [10, 35],
        ),
      ],
      tags: ['forecasting', 'retail', 'machine learning'],
    },
    {
      product: p(
        'medical-image triage system',
        'Система сортировки медицинских изображений',
        '医学影像分诊系统',
      ),
      applications: [
        p('regional hospitals', 'для региональных больниц', '区域医院'),
        p('telemedicine services', 'для телемедицинских сервисов', '远程医疗服务'),
        p('lung-cancer screening', 'для скрининга рака лёгких', '肺癌筛查'),
      ],
      technologies: [DEEP, p('Federated-learning', 'на основе федеративного обучения', '联邦学习')],
      benefits: [
        b(
          'shortens reading time by {n}%',
          'сокращает время описания снимков на {n}%',
          '阅片时间缩短{n}%',
          [20, 60],
        ),
        b(
          'finds {n}% more early-stage cases',
          'выявляет на {n}% больше случаев на ранней стадии',
          '早期病例检出率提高{n}%',
          [8, 25],
        ),
      ],
      tags: ['medtech', 'medical imaging', 'deep learning'],
    },
    {
      product: p('document-recognition service', 'Сервис распознавания документов', '文档识别服务'),
      applications: [
        p('banks', 'для банков', '银行'),
        p('customs brokers', 'для таможенных брокеров', '报关行'),
        p('logistics companies', 'для логистических компаний', '物流企业'),
      ],
      technologies: [p('Transformer-based', 'на основе трансформерных моделей', 'Transformer模型'), LLM],
      benefits: [
        b(
          'cuts document processing time by {n}%',
          'сокращает время обработки документов на {n}%',
          '文档处理时间缩短{n}%',
          [40, 85],
        ),
        b(
          'reads Russian and Chinese documents alike',
          'одинаково читает документы на русском и китайском',
          '中俄文档均可识别',
        ),
      ],
      tags: ['OCR', 'NLP', 'fintech'],
    },
    {
      product: p('speech-analytics platform', 'Платформа речевой аналитики', '语音分析平台'),
      applications: [
        p('call centres', 'для колл-центров', '呼叫中心'),
        p('customer-support teams', 'для служб поддержки', '客服团队'),
        p('sales teams', 'для отделов продаж', '销售团队'),
      ],
      technologies: [p('Speech-recognition', 'на основе распознавания речи', '语音识别'), LLM],
      benefits: [
        b(
          'checks every call instead of a {n}% sample',
          'проверяет все звонки вместо выборки в {n}%',
          '对全部通话质检，而非{n}%抽检',
          [2, 10],
        ),
        b(
          'raises sales conversion by {n}%',
          'повышает конверсию продаж на {n}%',
          '销售转化率提高{n}%',
          [5, 20],
        ),
      ],
      tags: ['speech', 'NLP', 'analytics'],
    },
    {
      product: p('predictive-maintenance system', 'Система предиктивного обслуживания', '预测性维护系统'),
      applications: [
        p('oil pipelines', 'для нефтепроводов', '输油管道'),
        p('wind farms', 'для ветропарков', '风电场'),
        p('railway rolling stock', 'для подвижного состава железных дорог', '铁路机车车辆'),
      ],
      technologies: [
        p('Sensor-fusion', 'на основе слияния данных датчиков', '多传感器融合'),
        p('Digital-twin', 'на основе цифровых двойников', '数字孪生'),
      ],
      benefits: [
        b(
          'cuts unplanned downtime by {n}%',
          'сокращает внеплановые простои на {n}%',
          '非计划停机减少{n}%',
          [20, 50],
        ),
        b(
          'reduces maintenance costs by {n}%',
          'снижает затраты на обслуживание на {n}%',
          '维护成本降低{n}%',
          [10, 30],
        ),
      ],
      tags: ['industrial AI', 'IoT', 'predictive maintenance'],
    },
    {
      product: p('fraud-detection engine', 'Система выявления мошенничества', '反欺诈引擎'),
      applications: [
        p('online payments', 'в онлайн-платежах', '在线支付'),
        p('insurance claims', 'в страховых выплатах', '保险理赔'),
        p('cross-border e-commerce', 'в трансграничной электронной торговле', '跨境电商'),
      ],
      technologies: [p('Graph-analytics', 'на основе графовой аналитики', '图分析'), ML],
      benefits: [
        b(
          'blocks {n}% more fraudulent transactions',
          'блокирует на {n}% больше мошеннических операций',
          '可多拦截{n}%的欺诈交易',
          [15, 40],
        ),
        b('halves false alarms', 'вдвое сокращает ложные срабатывания', '误报率减半'),
      ],
      tags: ['fintech', 'fraud detection', 'graph analytics'],
    },
    {
      product: p('adaptive-learning platform', 'Платформа адаптивного обучения', '自适应学习平台'),
      applications: [
        p('Chinese-language learners', 'для изучающих китайский язык', '对外汉语'),
        p('engineering universities', 'для технических вузов', '工科院校'),
        p('corporate training', 'для корпоративного обучения', '企业培训'),
      ],
      technologies: [p('Knowledge-graph', 'на основе графа знаний', '知识图谱'), LLM],
      benefits: [
        b('shortens courses by {n}%', 'сокращает срок обучения на {n}%', '学习时间缩短{n}%', [20, 40]),
        b(
          'raises exam pass rates by {n}%',
          'повышает долю сдавших экзамен на {n}%',
          '考试通过率提高{n}%',
          [10, 30],
        ),
      ],
      tags: ['edtech', 'personalisation', 'NLP'],
    },
    {
      product: p('crop-yield prediction service', 'Сервис прогнозирования урожайности', '作物产量预测服务'),
      applications: [
        p('grain farms', 'для зерновых хозяйств', '粮食农场'),
        p('agricultural insurers', 'для агростраховщиков', '农业保险公司'),
        p('commodity traders', 'для зерновых трейдеров', '粮食贸易商'),
      ],
      technologies: [p('Satellite-imagery', 'на основе спутниковых снимков', '卫星遥感影像'), ML],
      benefits: [
        b(
          'forecasts the harvest {n} weeks ahead',
          'прогнозирует урожай за {n} недель до уборки',
          '提前{n}周预测产量',
          [5, 12],
        ),
        b(
          'lowers insurance losses by {n}%',
          'снижает страховые убытки на {n}%',
          '保险赔付损失降低{n}%',
          [10, 30],
        ),
      ],
      tags: ['agritech', 'remote sensing', 'forecasting'],
    },
    {
      product: p('video-analytics system', 'Система видеоаналитики', '视频分析系统'),
      applications: [
        p('city traffic management', 'для управления городским трафиком', '城市交通管理'),
        p('warehouse safety', 'для безопасности на складах', '仓库安全'),
        p('retail stores', 'для магазинов', '零售门店'),
      ],
      technologies: [
        p('Computer-vision', 'на основе компьютерного зрения', '计算机视觉'),
        p('Edge-AI', 'на основе периферийного ИИ', '边缘人工智能'),
      ],
      benefits: [
        b(
          'handles up to {n} cameras on one server',
          'обрабатывает до {n} камер на одном сервере',
          '单台服务器可处理多达{n}路摄像头',
          [32, 128, 16],
        ),
        b(
          'cuts incident response time by {n}%',
          'сокращает время реакции на инциденты на {n}%',
          '事件响应时间缩短{n}%',
          [30, 70],
        ),
      ],
      tags: ['computer vision', 'video analytics', 'smart city'],
    },
  ],
  benefits: [
    b('pays back within {n} months', 'окупается за {n} месяцев', '{n}个月即可收回成本', [6, 18]),
    b(
      'works with Russian, Chinese and English data',
      'работает с данными на русском, китайском и английском',
      '支持中、俄、英三语数据',
    ),
    b(
      'runs on-premises for data-sensitive customers',
      'разворачивается в контуре заказчика',
      '可本地化部署，保障数据安全',
    ),
    b('reduces manual work by {n}%', 'сокращает ручной труд на {n}%', '人工工作量减少{n}%', [20, 70]),
  ],
  namePrefixes: ['Neuro', 'Kvant', 'Vector', 'Cyber', 'Smart', 'Opti', 'Nord', 'Sib', 'Data', 'Logos'],
  nameSuffixes: ['Mind', 'Logic', 'Sense', 'Soft', 'Lab', 'Vision', 'Systems', 'Tech'],
};
