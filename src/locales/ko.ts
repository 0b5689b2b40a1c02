import type { OptinStrings } from '../core/locales.js';

/**
 * Korean, polite formal (합니다체); subject–object–verb, verb last (ko). 
 */
const strings: OptinStrings = {
  $code: "ko",
  $name: "한국어",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "네, {business}에서 {whatsapp}으로 {phone} 번호로 보내는 {topics} 수신에 동의합니다.",
  phonePlaceholder: "위에 입력한",
  topics: {
    order_updates: "내 주문 소식",
    shipping_updates: "배송 알림",
    account_alerts: "내 계정 알림",
    appointment_reminders: "내 예약 알림",
    tickets: "전자 티켓",
    new_products: "신제품 소식",
    offers: "특별 혜택",
    support: "고객 지원 메시지"
  },
  topicsInHeading: {
    order_updates: "주문 소식",
    shipping_updates: "배송 알림",
    account_alerts: "계정 알림",
    appointment_reminders: "예약 알림",
    tickets: "전자 티켓",
    new_products: "신제품 소식",
    offers: "특별 혜택",
    support: "고객 지원"
  },
  topicsInThanks: {
    order_updates: "고객님의 주문 소식",
    shipping_updates: "배송 알림",
    account_alerts: "고객님의 계정 알림",
    appointment_reminders: "고객님의 예약 알림",
    tickets: "전자 티켓",
    new_products: "신제품 소식",
    offers: "특별 혜택",
    support: "고객 지원 메시지"
  },
  topicsInList: {
    order_updates: "주문 소식",
    shipping_updates: "배송 알림",
    account_alerts: "계정 알림",
    appointment_reminders: "예약 알림",
    tickets: "전자 티켓",
    new_products: "신제품",
    offers: "특별 혜택",
    support: "고객 지원"
  },
  phoneLabel: "WhatsApp 전화번호",
  phoneHint: "아래에서 선택한 메시지를 보내는 데만 사용합니다. 언제든지 수신을 중단할 수 있습니다.",
  countryLabel: "국가",
  countryUnknown: "선택하세요…",
  submit: "신청하기",
  sending: "선택 내용을 저장하는 중…",
  thankYouTitle: "감사합니다!",
  thankYouBody: "{business}에서 WhatsApp으로 {phone} 번호에 {topics} 관련 안내를 보내 드립니다.",
  queued: "서버에 연결할 수 없습니다. 선택 내용은 이 기기에 저장되어 있으며 자동으로 다시 전송됩니다.",
  surfaceTitle: "WhatsApp으로 {topics} 받기",
  ctaLabel: "WhatsApp으로 소식 받기",
  showForm: "신청하기",
  close: "닫기",
  whatsappLogo: "WhatsApp 로고",
  hideForm: "숨기기",
  done: "완료",
  optinNotSaved: "{reason} WhatsApp 수신 신청이 저장되지 않았습니다.",
  notSavedReasons: {
    incomplete: "번호가 완전하지 않아",
    tooLong: "번호가 너무 길어",
    invalid: "번호가 올바르지 않아"
  },
  subscribedCta: "WhatsApp으로 {topics} 관련 안내를 받고 계십니다",
  subscribedLine: "WhatsApp으로 {phone} 번호에서 {topics} 관련 안내를 받고 계십니다",
  stop: "수신 거부",
  errors: {
    unticked: "WhatsApp으로 이 메시지를 받는 데 동의하려면 확인란을 선택하세요.",
    empty: "WhatsApp 전화번호를 입력하세요.",
    noCountry: "국가를 선택하거나 +와 국가 번호를 붙여 번호를 입력하세요.",
    tooShort: "번호가 너무 짧습니다.",
    tooLong: "번호가 너무 깁니다.",
    invalid: "선택한 국가에서 사용할 수 없는 전화번호입니다.",
    invalidCountry: "존재하지 않는 국가 번호입니다. + 뒤의 숫자를 확인하세요.",
    rejected: "서버가 이 신청을 받아들이지 않았습니다: {reason}",
    metadata: "전화번호 규칙을 불러오지 못했습니다. +와 국가 번호를 붙여 번호를 입력하세요.",
    mirroredPhone: "WhatsApp으로 이 메시지를 받으려면 전화번호를 고치세요: {problem}",
    phoneOptional: "유효한 전화번호가 없으면 이 메시지를 보내 드릴 수 없습니다. 양식의 나머지 부분에는 영향이 없습니다.",
    countryNotOffered: "다음 국가의 번호만 받을 수 있습니다: {countries}.",
    notSent: "전송되지 않았습니다. 연결을 확인하고 다시 시도하세요.",
    notLoaded: "신청 양식을 불러오지 못했습니다. 연결을 확인하고 다시 시도하세요."
  }
};

export default strings;
