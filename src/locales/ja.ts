import type { OptinStrings } from '../core/locales.js';

/**
 * Japanese, polite (です・ます); subject–object–verb: business, number, WhatsApp, topics, verb last (ja). 
 */
const strings: OptinStrings = {
  $code: "ja",
  $name: "日本語",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "はい、{business}から{whatsapp}で{phone}宛てに{topics}を受け取ることに同意します。",
  phonePlaceholder: "上記の番号",
  topics: {
    order_updates: "ご注文の最新情報",
    shipping_updates: "配送のお知らせ",
    account_alerts: "アカウントに関するお知らせ",
    appointment_reminders: "ご予約のリマインダー",
    tickets: "電子チケット",
    new_products: "新商品のお知らせ",
    offers: "特別オファー",
    support: "カスタマーサポートからのメッセージ"
  },
  topicsInHeading: {
    order_updates: "ご注文の最新情報",
    shipping_updates: "配送のお知らせ",
    account_alerts: "アカウントに関するお知らせ",
    appointment_reminders: "ご予約のリマインダー",
    tickets: "電子チケット",
    new_products: "新商品のお知らせ",
    offers: "特別オファー",
    support: "カスタマーサポート"
  },
  topicsInThanks: {
    order_updates: "ご注文の最新情報",
    shipping_updates: "配送のお知らせ",
    account_alerts: "アカウントに関するお知らせ",
    appointment_reminders: "ご予約のリマインダー",
    tickets: "電子チケット",
    new_products: "新商品のお知らせ",
    offers: "特別オファー",
    support: "カスタマーサポートからのメッセージ"
  },
  topicsInList: {
    order_updates: "注文状況",
    shipping_updates: "配送のお知らせ",
    account_alerts: "アカウントのお知らせ",
    appointment_reminders: "予約リマインダー",
    tickets: "電子チケット",
    new_products: "新商品",
    offers: "特別オファー",
    support: "カスタマーサポート"
  },
  phoneLabel: "WhatsApp の電話番号",
  phoneHint: "下で選んだメッセージの送信にのみ使用します。配信はいつでも停止できます。",
  countryLabel: "国・地域",
  countryUnknown: "選択してください…",
  submit: "登録する",
  sending: "選択内容を保存しています…",
  thankYouTitle: "ありがとうございます！",
  thankYouBody: "{business}から WhatsApp で{phone}宛てに{topics}をお送りします。",
  queued: "サーバーに接続できませんでした。選択内容はこの端末に保存されており、自動的に再送信されます。",
  surfaceTitle: "{topics}を WhatsApp で受け取る",
  ctaLabel: "最新情報を WhatsApp で受け取る",
  showForm: "登録する",
  close: "閉じる",
  whatsappLogo: "WhatsApp のロゴ",
  hideForm: "非表示",
  done: "完了",
  optinNotSaved: "{reason}ため、WhatsApp の配信登録は保存されませんでした。",
  notSavedReasons: {
    incomplete: "番号が最後まで入力されていない",
    tooLong: "番号が長すぎる",
    invalid: "番号が正しくない"
  },
  subscribedCta: "WhatsApp で{topics}をお届けしています",
  subscribedLine: "WhatsApp で{phone}宛てに{topics}をお届けしています",
  stop: "配信停止",
  errors: {
    unticked: "WhatsApp でこれらのメッセージを受け取ることに同意するには、チェックボックスをオンにしてください。",
    empty: "WhatsApp の電話番号を入力してください。",
    noCountry: "国・地域を選ぶか、+ と国番号を付けて番号を入力してください。",
    tooShort: "この番号は短すぎます。",
    tooLong: "この番号は長すぎます。",
    invalid: "選択した国・地域の電話番号として正しくありません。",
    invalidCountry: "この国番号は存在しません。+ の後の数字を確認してください。",
    rejected: "サーバーが登録を受け付けませんでした：{reason}",
    metadata: "電話番号のルールを読み込めませんでした。+ と国番号を付けて番号を入力してください。",
    mirroredPhone: "WhatsApp でこれらのメッセージを受け取るには、電話番号を修正してください：{problem}",
    phoneOptional: "有効な電話番号がないと、これらのメッセージをお送りできません。フォームのほかの部分には影響しません。",
    countryNotOffered: "次の国の電話番号のみ受け付けています：{countries}。",
    notSent: "送信されませんでした。接続を確認して、もう一度お試しください。",
    notLoaded: "登録フォームを読み込めませんでした。接続を確認して、もう一度お試しください。"
  }
};

export default strings;
