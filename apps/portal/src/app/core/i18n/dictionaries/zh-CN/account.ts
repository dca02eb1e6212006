import type { AreaDictionary } from '../dictionary.types';

export const account: AreaDictionary<'account'> = {
  account: {
    title: '我的账户',
    profile: '个人资料',
    displayName: '显示名称',
    email: '邮箱',
    timeZone: '时区',
    timeZoneHint: '日期和会议时间将按此时区显示。',
    language: '语言',
    languageHint: '用于界面和邮件。',
    saved: '个人资料已保存',
    notificationEmails: {
      title: '邮件通知',
      intro: '选择哪些通知同时以邮件发送给您（使用您的语言）。',
      save: '保存邮件设置',
      saved: '邮件设置已保存',
      categories: {
        INTRODUCTIONS: { label: '对接请求', hint: '会面请求、答复、留言和过期提醒。' },
        MESSAGES: { label: '消息', hint: '对话中的新消息。' },
        MEETINGS: { label: '会面', hint: '会面的提议、确认和取消。' },
        SAVED_SEARCHES: { label: '保存的搜索', hint: '每个新匹配（每日摘要在各保存的搜索中设置）。' },
        COMPETITION: { label: '大赛', hint: '评选结果、获奖和评审提醒。' },
      },
    },
    password: {
      title: '修改密码',
      current: '当前密码',
      new: '新密码',
      repeat: '再次输入新密码',
      hint: '至少 {min} 个字符。',
      submit: '修改密码',
      changed: '密码已修改。您在其他设备上的会话均已退出，本浏览器保持登录。',
    },
  },
};
