import type { OptinStrings } from '../core/locales.js';

/**
 * Simplified Chinese, polite (您); modifiers before the verb: "I agree that B via WhatsApp to number N sends me X" (zh-CN). 
 */
const strings: OptinStrings = {
  $code: "zh-CN",
  $name: "简体中文",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "是的，我同意{business}通过{whatsapp}向 {phone} 发送{topics}。",
  phonePlaceholder: "上方填写的号码",
  topics: {
    order_updates: "我的订单动态",
    shipping_updates: "物流通知",
    account_alerts: "我的账户提醒",
    appointment_reminders: "我的预约提醒",
    tickets: "电子票",
    new_products: "新品资讯",
    offers: "专属优惠",
    support: "客服消息"
  },
  topicsInHeading: {
    order_updates: "您的订单动态",
    shipping_updates: "物流通知",
    account_alerts: "您的账户提醒",
    appointment_reminders: "您的预约提醒",
    tickets: "您的电子票",
    new_products: "新品资讯",
    offers: "专属优惠",
    support: "客服服务"
  },
  topicsInThanks: {
    order_updates: "您的订单动态",
    shipping_updates: "物流通知",
    account_alerts: "您的账户提醒",
    appointment_reminders: "您的预约提醒",
    tickets: "电子票",
    new_products: "新品资讯",
    offers: "专属优惠",
    support: "客服消息"
  },
  topicsInList: {
    order_updates: "订单动态",
    shipping_updates: "物流通知",
    account_alerts: "账户提醒",
    appointment_reminders: "预约提醒",
    tickets: "电子票",
    new_products: "新品",
    offers: "专属优惠",
    support: "客户服务"
  },
  phoneLabel: "您的 WhatsApp 号码",
  phoneHint: "我们只会用它向您发送您在下方选择的消息，您可以随时退订。",
  countryLabel: "国家/地区",
  countryUnknown: "请选择…",
  submit: "订阅",
  sending: "正在保存您的选择…",
  thankYouTitle: "谢谢！",
  thankYouBody: "{business}将通过 WhatsApp 向 {phone} 发送{topics}。",
  queued: "无法连接服务器。您的选择已保存在此设备上，我们会自动重新发送。",
  surfaceTitle: "在 WhatsApp 上接收{topics}",
  ctaLabel: "在 WhatsApp 上接收最新动态",
  showForm: "订阅",
  close: "关闭",
  whatsappLogo: "WhatsApp 标志",
  hideForm: "收起",
  done: "完成",
  optinNotSaved: "您的 WhatsApp 订阅未保存：{reason}。",
  notSavedReasons: {
    incomplete: "号码不完整",
    tooLong: "号码太长",
    invalid: "号码无效"
  },
  subscribedCta: "您已通过 WhatsApp 订阅{topics}",
  subscribedLine: "您已订阅{topics}，通过 WhatsApp 发送至 {phone}",
  stop: "退订",
  errors: {
    unticked: "请勾选此框，同意通过 WhatsApp 接收这些消息。",
    empty: "请输入您的 WhatsApp 号码。",
    noCountry: "请选择您的国家/地区，或输入带 + 和国家代码的号码。",
    tooShort: "此号码太短。",
    tooLong: "此号码太长。",
    invalid: "此号码不是所选国家/地区的有效电话号码。",
    invalidCountry: "此国家代码不存在，请检查 + 后面的数字。",
    rejected: "服务器未接受此次订阅：{reason}",
    metadata: "无法加载电话号码规则。请输入带 + 和国家代码的号码。",
    mirroredPhone: "如需通过 WhatsApp 接收这些消息，请更正电话号码：{problem}",
    phoneOptional: "没有有效的电话号码，我们无法向您发送这些消息。表单的其他部分不受影响。",
    countryNotOffered: "我们只能接受来自以下国家/地区的号码：{countries}。",
    notSent: "未发送任何内容。请检查网络连接后重试。",
    notLoaded: "注册表单未能加载。请检查网络连接后重试。"
  }
};

export default strings;
