import { b, FieldBank, p } from './demo-words.types';

/** Word banks of the Biotech / food tech field (see demo-words.types.ts). */
export const BIOTECH_BANK: FieldBank = {
  code: 'BIOTECH',
  products: [
    {
      product: p('plant-based protein', 'Растительный белок', '植物蛋白'),
      applications: [
        p('meat alternatives', 'для альтернатив мясу', '人造肉用'),
        p('sports nutrition', 'для спортивного питания', '运动营养用'),
        p('dairy-free desserts', 'для безмолочных десертов', '无乳甜品用'),
      ],
      technologies: [
        p('Pea-fermentation', 'на основе ферментации гороха', '豌豆发酵'),
        p('High-moisture-extrusion', 'методом влажной экструзии', '高水分挤压'),
      ],
      benefits: [
        b('contains {n}% protein', 'содержит {n}% белка', '蛋白质含量达{n}%', [60, 85]),
        b('has no beany off-taste', 'не имеет бобового привкуса', '无豆腥味'),
      ],
      tags: ['alternative protein', 'food tech', 'fermentation'],
    },
    {
      product: p('biofertiliser', 'Биоудобрение', '生物肥料'),
      applications: [
        p('wheat', 'для пшеницы', '小麦'),
        p('soybean', 'для сои', '大豆'),
        p('saline soils', 'для засолённых почв', '盐碱地'),
      ],
      technologies: [
        p('Nitrogen-fixing', 'на основе азотфиксирующих бактерий', '固氮菌'),
        p('Mycorrhizal', 'на основе микоризных грибов', '菌根真菌'),
      ],
      benefits: [
        b('raises yields by {n}%', 'повышает урожайность на {n}%', '可使产量提高{n}%', [8, 25]),
        b(
          'cuts mineral fertiliser use by {n}%',
          'сокращает внесение минеральных удобрений на {n}%',
          '化肥用量减少{n}%',
          [15, 40],
        ),
      ],
      tags: ['agritech', 'soil health', 'microbiology'],
    },
    {
      product: p('rapid diagnostic test', 'Экспресс-тест', '快速检测试剂盒'),
      applications: [
        p('African swine fever', 'для выявления африканской чумы свиней', '非洲猪瘟'),
        p('food-borne pathogens', 'для выявления пищевых патогенов', '食源性致病菌'),
        p('mastitis in dairy cows', 'для диагностики мастита у коров', '奶牛乳房炎'),
      ],
      technologies: [
        p('CRISPR-based', 'на основе CRISPR', 'CRISPR'),
        p('Isothermal-amplification', 'на основе изотермической амплификации', '等温扩增'),
      ],
      benefits: [
        b(
          'gives a result in {n} minutes in the field',
          'даёт результат за {n} минут в полевых условиях',
          '现场{n}分钟出结果',
          [15, 40, 5],
        ),
        b('needs no laboratory', 'не требует лаборатории', '无需实验室'),
      ],
      tags: ['diagnostics', 'veterinary', 'food safety'],
    },
    {
      product: p('feed additive', 'Кормовая добавка', '饲料添加剂'),
      applications: [
        p('poultry', 'для птицеводства', '家禽'),
        p('aquaculture', 'для аквакультуры', '水产养殖'),
        p('dairy cattle', 'для молочного скота', '奶牛'),
      ],
      technologies: [
        p('Probiotic', 'на основе пробиотиков', '益生菌'),
        p('Insect-protein', 'на основе белка насекомых', '昆虫蛋白'),
      ],
      benefits: [
        b(
          'reduces antibiotic use by {n}%',
          'сокращает применение антибиотиков на {n}%',
          '抗生素用量减少{n}%',
          [30, 80],
        ),
        b('raises weight gain by {n}%', 'увеличивает привесы на {n}%', '日增重提高{n}%', [4, 15]),
      ],
      tags: ['animal health', 'feed', 'antibiotic-free'],
    },
    {
      product: p('biodegradable packaging', 'Биоразлагаемая упаковка', '可降解包装'),
      applications: [
        p('fresh produce', 'для свежих овощей и фруктов', '生鲜果蔬'),
        p('food delivery', 'для доставки еды', '外卖'),
        p('dairy products', 'для молочной продукции', '乳制品'),
      ],
      technologies: [
        p('Chitosan-based', 'на основе хитозана', '壳聚糖'),
        p('Mycelium-based', 'на основе мицелия', '菌丝体'),
      ],
      benefits: [
        b(
          'decomposes in compost within {n} weeks',
          'разлагается в компосте за {n} недель',
          '在堆肥中{n}周内降解',
          [6, 12],
        ),
        b(
          'keeps produce fresh as long as plastic does',
          'сохраняет свежесть продуктов не хуже пластика',
          '保鲜效果不逊于塑料',
        ),
      ],
      tags: ['packaging', 'sustainability', 'materials'],
    },
    {
      product: p('enzyme preparation', 'Ферментный препарат', '酶制剂'),
      applications: [
        p('baking', 'для хлебопечения', '烘焙'),
        p('juice clarification', 'для осветления соков', '果汁澄清'),
        p('brewing', 'для пивоварения', '啤酒酿造'),
      ],
      technologies: [
        p('Recombinant', 'на основе рекомбинантных штаммов', '重组菌株'),
        p('Extremophile', 'на основе ферментов экстремофилов', '嗜极微生物'),
      ],
      benefits: [
        b('raises product yield by {n}%', 'повышает выход продукта на {n}%', '出品率提高{n}%', [3, 12]),
        b(
          'works at lower temperatures, saving energy',
          'работает при пониженной температуре и экономит энергию',
          '可在较低温度下作用，节约能源',
        ),
      ],
      tags: ['enzymes', 'food processing', 'industrial biotech'],
    },
    {
      product: p('cultivated-meat bioreactor', 'Биореактор для культивируемого мяса', '培养肉生物反应器'),
      applications: [
        p('pilot plants', 'пилотного масштаба', '中试用'),
        p('industrial production', 'промышленного масштаба', '工业化生产用'),
        p('research labs', 'лабораторного масштаба', '科研用'),
      ],
      technologies: [
        p('Microcarrier', 'на основе микроносителей', '微载体'),
        p('Serum-free-medium', 'с бессывороточной средой', '无血清培养基'),
      ],
      benefits: [
        b(
          'cuts the cost of cultivated meat by {n}%',
          'снижает себестоимость культивируемого мяса на {n}%',
          '培养肉成本降低{n}%',
          [30, 70],
        ),
        b('uses no animal serum', 'не требует сыворотки животных', '无需动物血清'),
      ],
      tags: ['cultivated meat', 'bioprocessing', 'food tech'],
    },
    {
      product: p('microalgae supplement', 'Добавка из микроводорослей', '微藻营养补充剂'),
      applications: [
        p('functional foods', 'для функционального питания', '功能食品'),
        p('infant formula', 'для детского питания', '婴幼儿配方食品'),
        p('aquaculture feed', 'для кормов аквакультуры', '水产饲料'),
      ],
      technologies: [
        p('Photobioreactor', 'из фотобиореакторов', '光生物反应器'),
        p('Arctic-strain', 'на основе арктических штаммов', '北极藻株'),
      ],
      benefits: [
        b(
          'contains {n}% omega-3 fatty acids',
          'содержит {n}% омега-3 жирных кислот',
          'ω-3脂肪酸含量达{n}%',
          [10, 30],
        ),
        b(
          'is grown year-round in closed reactors',
          'выращивается круглый год в закрытых реакторах',
          '在封闭反应器中全年培养',
        ),
      ],
      tags: ['microalgae', 'nutrition', 'omega-3'],
    },
    {
      product: p('shelf-life extension coating', 'Продлевающее срок хранения покрытие', '保鲜涂层'),
      applications: [
        p('fruit exports', 'для экспорта фруктов', '出口水果'),
        p('fresh fish', 'для свежей рыбы', '鲜鱼'),
        p('bakery products', 'для хлебобулочных изделий', '烘焙食品'),
      ],
      technologies: [
        p('Bacteriophage', 'на основе бактериофагов', '噬菌体'),
        p('Edible-film', 'на основе съедобных плёнок', '可食用膜'),
      ],
      benefits: [
        b(
          'extends shelf life by {n} days',
          'продлевает срок хранения на {n} дней',
          '保质期延长{n}天',
          [5, 20],
        ),
        b('is safe to eat', 'безопасно при употреблении в пищу', '可安全食用'),
      ],
      tags: ['food safety', 'shelf life', 'cold chain'],
    },
  ],
  benefits: [
    b(
      'costs {n}% less than imported analogues',
      'стоит на {n}% дешевле импортных аналогов',
      '价格比进口同类产品低{n}%',
      [15, 45],
    ),
    b('uses local raw materials only', 'производится только из местного сырья', '仅使用本地原料'),
    b(
      'is certified for export to the EAEU',
      'сертифицирован для поставок в страны ЕАЭС',
      '已获欧亚经济联盟出口认证',
    ),
  ],
  namePrefixes: ['Bio', 'Agro', 'Geno', 'Vita', 'Terra', 'Aqua', 'Altai', 'Ferm', 'Green', 'Sever'],
  nameSuffixes: ['Genomics', 'Foods', 'Farm', 'Cell', 'Lab', 'Tech', 'Pro', 'Life'],
};
