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
    introduction: {
      requested: '{organization} 希望就“{project}”与您会面。',
      accepted: '{organization} 接受了您关于“{project}”的对接请求：联系方式和对话已开放。',
      declined: '{organization} 婉拒了您关于“{project}”的对接请求。',
      expired: '您关于“{project}”的对接请求已过期，未获答复。',
      withdrawn: '{organization} 撤回了关于“{project}”的对接请求。',
      note: '{organization} 在关于“{project}”的对接请求中留言。',
    },
    conversation: {
      newMessages: '{organization} 就“{project}”发来新消息。',
    },
    meeting: {
      proposed: '{organization} 为“{project}”提出了会面时间。',
      confirmed: '关于“{project}”的会面已确认。',
      cancelled: '{organization} 取消了关于“{project}”的会面。',
    },
    engagement: {
      started: '{organization} 就“{project}”发起了一项合作（{kind}）。',
      moved: '{organization} 将关于“{project}”的合作推进到了 {stage} 阶段。',
    },
    milestone: {
      due: '关于“{project}”的合作里程碑“{milestone}”将于 {dueOn} 到期。',
    },
    landing: {
      offerOpened: '{park} 发布了落地政策“{offer}”：{project} 符合条件。',
      applied: '{project} 申请了您的落地政策“{offer}”。',
      invited: '{park} 依据落地政策“{offer}”邀请 {project} 入驻。',
      rejected: '{park} 未接受 {project} 对“{offer}”的申请。',
      accepted: '{project} 接受了您依据“{offer}”发出的邀请：落地合作流程已启动。',
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
