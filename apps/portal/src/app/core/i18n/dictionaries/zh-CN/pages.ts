import type { AreaDictionary } from '../dictionary.types';

export const pages: AreaDictionary<'pages'> = {
  home: {
    heroTitle: '俄罗斯初创企业与中国资本、科技园区在这里相遇',
    heroText:
      'Bridge 是中俄创新创业大赛的项目对接平台。每一届大赛——报名、评审、线上决赛和颁奖——都将转化为持续的项目流：投资机构和科技园区发现经过评分的初创企业，申请对接，提供落地政策，并全程跟进每一笔合作。',
    fieldsTitle: '三大领域',
    fields: {
      ai: {
        name: '人工智能',
        text: '机器学习、计算机视觉、语言技术和数据平台。',
      },
      robotics: {
        name: '机器人',
        text: '工业与服务机器人、无人机、自动化和智能制造。',
      },
      biotech: {
        name: '生物技术与食品科技',
        text: '生命科学、农业科技、新型食品与食品加工。',
      },
    },
    howTitle: '参与流程',
    steps: {
      apply: '初创企业以中文、英文或俄文提交项目报名。',
      judge: '专家评委为项目打分，优秀项目进入决赛。',
      final: '决赛选手参加线上视频决赛，优胜者获得奖项。',
      match: '经认证的投资机构、科技园区和研发合作伙伴发现项目并开展合作。',
    },
    ctaTitle: '加入 Bridge',
    ctaText: '初创企业报名参赛；投资机构、科技园区和研发合作伙伴经主办方认证后即可使用对接市场。',
    welcomeBack: '欢迎回来，{name}。',
  },
  dashboard: {
    welcome: '欢迎，{name}',
    actingFor: '您正代表 {organization} 操作。',
    noOrganizationTitle: '您还不是任何机构的成员',
    noOrganizationText: '请联系您所在机构的所有者邀请您加入。通过邀请链接即可回到这里。',
    unverifiedTitle: '等待认证',
    unverifiedText:
      '{organization} 须经大赛主办方认证后，才能使用对接市场功能：搜索项目、申请对接和发布落地政策。在此期间，您可以先完善机构资料。',
    rejectedTitle: '认证未通过',
    rejectedText:
      '主办方未通过 {organization} 的认证，因此对接市场功能暂不可用。请检查机构资料并联系大赛组委会。',
    needsYou: '待您处理',
    nothingNowTitle: '目前没有需要您处理的事项',
    nothingNowText: '随着大赛的推进，新的任务、对接申请和落地政策将显示在这里。',
    verify: {
      title: '待认证机构',
      waiting: '{count} 家机构等待认证',
      none: '目前没有等待认证的机构。',
      action: '审核机构',
    },
    market: {
      title: '对接市场',
      text: '浏览已认证的初创企业和合作伙伴。搜索、对接申请和落地政策将在后续版本中推出。',
      action: '进入对接市场',
    },
    judge: {
      title: '我的评审任务',
      text: '主办方为您分配项目后，项目及截止日期将显示在这里。',
    },
    apply: {
      title: '我的项目',
      text: '下一届大赛开放报名后，您可以在这里准备参赛项目。',
    },
    profile: {
      title: '机构资料',
      text: '完整的中、英、俄三语机构资料能帮助合作伙伴找到您。',
      action: '查看资料',
    },
  },
  notFound: {
    title: '页面不存在',
    text: '您访问的页面不存在或已被移动。',
  },
};
