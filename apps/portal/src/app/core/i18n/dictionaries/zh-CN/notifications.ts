import type { AreaDictionary } from '../dictionary.types';

export const notifications: AreaDictionary<'notifications'> = {
  notifications: {
    selection: {
      finalist: '恭喜！“{project}”入围决赛！项目将参加决赛。',
      notSelected: '很遗憾，“{project}”未入选决赛。感谢您的参与。',
    },
    awards: {
      place: '颁奖结果已公布：“{project}”获得第 {place} 名。',
    },
    judging: {
      reminder: '提醒：{competition} 中仍有 {open} 个项目待您评分。',
    },
    savedSearch: {
      match: '您保存的搜索“{search}”有新匹配项目：{project}。',
      matches: '您保存的搜索“{search}”有 {count} 个新匹配项目。',
    },
  },
  notificationsPage: {
    title: '通知',
    intro: '关于您的项目、评审任务和大赛的最新消息。',
    unreadOnly: '仅显示未读',
    markAllRead: '全部标为已读',
    allMarked: '所有通知已标为已读',
    unread: '未读',
    none: '暂无通知',
    noneUnread: '没有未读通知',
    noneText: '有需要您处理的事项时，会在这里通知您。',
    unknown: '您有一条新通知。',
    bell: '通知',
    bellUnread: '通知：{count} 条未读',
  },
};
