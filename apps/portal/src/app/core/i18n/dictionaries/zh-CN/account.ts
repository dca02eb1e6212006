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
