import type { OptinStrings } from '../core/locales.js';

/**
 * Traditional Chinese (Taiwan usage), polite (您); the same order as zh-CN (zh-TW). 
 */
const strings: OptinStrings = {
  $code: "zh-TW",
  $name: "繁體中文",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "是的，我同意{business}透過{whatsapp}傳送{topics}到 {phone}。",
  phonePlaceholder: "上方填寫的號碼",
  topics: {
    order_updates: "我的訂單動態",
    shipping_updates: "出貨通知",
    account_alerts: "我的帳戶提醒",
    appointment_reminders: "我的預約提醒",
    tickets: "電子票券",
    new_products: "新品消息",
    offers: "專屬優惠",
    support: "客服訊息"
  },
  topicsInHeading: {
    order_updates: "您的訂單動態",
    shipping_updates: "出貨通知",
    account_alerts: "您的帳戶提醒",
    appointment_reminders: "您的預約提醒",
    tickets: "您的電子票券",
    new_products: "新品消息",
    offers: "專屬優惠",
    support: "客服服務"
  },
  topicsInThanks: {
    order_updates: "您的訂單動態",
    shipping_updates: "出貨通知",
    account_alerts: "您的帳戶提醒",
    appointment_reminders: "您的預約提醒",
    tickets: "電子票券",
    new_products: "新品消息",
    offers: "專屬優惠",
    support: "客服訊息"
  },
  topicsInList: {
    order_updates: "訂單動態",
    shipping_updates: "出貨通知",
    account_alerts: "帳戶提醒",
    appointment_reminders: "預約提醒",
    tickets: "電子票券",
    new_products: "新品",
    offers: "專屬優惠",
    support: "客戶服務"
  },
  phoneLabel: "您的 WhatsApp 號碼",
  phoneHint: "我們只會用它傳送您在下方選擇的訊息，您可以隨時取消訂閱。",
  countryLabel: "國家/地區",
  countryUnknown: "請選擇…",
  submit: "訂閱",
  sending: "正在儲存您的選擇…",
  thankYouTitle: "謝謝！",
  thankYouBody: "{business}將透過 WhatsApp 傳送{topics}到 {phone}。",
  queued: "無法連線到伺服器。您的選擇已儲存在這部裝置上，我們會自動重新傳送。",
  surfaceTitle: "在 WhatsApp 上接收{topics}",
  ctaLabel: "在 WhatsApp 上接收最新消息",
  showForm: "訂閱",
  close: "關閉",
  whatsappLogo: "WhatsApp 標誌",
  hideForm: "收合",
  done: "完成",
  optinNotSaved: "您的 WhatsApp 訂閱未儲存：{reason}。",
  notSavedReasons: {
    incomplete: "號碼不完整",
    tooLong: "號碼太長",
    invalid: "號碼無效"
  },
  subscribedCta: "您已透過 WhatsApp 訂閱{topics}",
  subscribedLine: "您已訂閱{topics}，透過 WhatsApp 傳送到 {phone}",
  stop: "取消訂閱",
  errors: {
    unticked: "請勾選此方塊，同意透過 WhatsApp 接收這些訊息。",
    empty: "請輸入您的 WhatsApp 號碼。",
    noCountry: "請選擇您的國家/地區，或輸入含 + 與國碼的號碼。",
    tooShort: "這個號碼太短。",
    tooLong: "這個號碼太長。",
    invalid: "這個號碼不是所選國家/地區的有效電話號碼。",
    invalidCountry: "這個國碼不存在，請檢查 + 後面的數字。",
    rejected: "伺服器未接受這次訂閱：{reason}",
    metadata: "無法載入電話號碼規則。請輸入含 + 與國碼的號碼。",
    mirroredPhone: "如要透過 WhatsApp 接收這些訊息，請更正電話號碼：{problem}",
    phoneOptional: "沒有有效的電話號碼，我們就無法傳送這些訊息給您。表單的其他部分不受影響。",
    countryNotOffered: "我們只能接受來自以下國家/地區的號碼：{countries}。",
    notSent: "未傳送任何內容。請檢查網路連線後再試一次。",
    notLoaded: "無法載入訂閱表單。請檢查網路連線後再試一次。"
  }
};

export default strings;
