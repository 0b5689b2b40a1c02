import type { OptinStrings } from '../core/locales.js';

/**
 * Vietnamese, polite (bạn) (vi). 
 */
const strings: OptinStrings = {
  $code: "vi",
  $name: "Tiếng Việt",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Có, tôi muốn nhận {topics} từ {business} qua {whatsapp} tại số {phone}.",
  phonePlaceholder: "ở trên",
  topics: {
    order_updates: "cập nhật đơn hàng của tôi",
    shipping_updates: "thông tin giao hàng",
    account_alerts: "cảnh báo tài khoản của tôi",
    appointment_reminders: "nhắc lịch hẹn của tôi",
    tickets: "vé điện tử",
    new_products: "tin sản phẩm mới",
    offers: "ưu đãi đặc biệt",
    support: "tin nhắn chăm sóc khách hàng"
  },
  topicsInHeading: {
    order_updates: "cập nhật đơn hàng của bạn",
    shipping_updates: "thông tin giao hàng",
    account_alerts: "cảnh báo tài khoản của bạn",
    appointment_reminders: "nhắc lịch hẹn của bạn",
    tickets: "vé điện tử của bạn",
    new_products: "tin sản phẩm mới",
    offers: "ưu đãi đặc biệt",
    support: "chăm sóc khách hàng"
  },
  topicsInThanks: {
    order_updates: "cập nhật đơn hàng của bạn",
    shipping_updates: "thông tin giao hàng",
    account_alerts: "cảnh báo tài khoản của bạn",
    appointment_reminders: "nhắc lịch hẹn của bạn",
    tickets: "vé điện tử",
    new_products: "tin sản phẩm mới",
    offers: "ưu đãi đặc biệt",
    support: "tin nhắn chăm sóc khách hàng"
  },
  topicsInList: {
    order_updates: "Cập nhật đơn hàng",
    shipping_updates: "Thông tin giao hàng",
    account_alerts: "Cảnh báo tài khoản",
    appointment_reminders: "Nhắc lịch hẹn",
    tickets: "Vé điện tử",
    new_products: "Sản phẩm mới",
    offers: "Ưu đãi đặc biệt",
    support: "Chăm sóc khách hàng"
  },
  phoneLabel: "Số WhatsApp của bạn",
  phoneHint: "Chúng tôi chỉ dùng số này để gửi cho bạn những tin nhắn bạn chọn bên dưới. Bạn có thể dừng bất cứ lúc nào.",
  countryLabel: "Quốc gia",
  countryUnknown: "Chọn…",
  submit: "Đăng ký",
  sending: "Đang lưu lựa chọn của bạn…",
  thankYouTitle: "Cảm ơn bạn!",
  thankYouBody: "Bạn sẽ nhận {topics} từ {business} qua WhatsApp tại số {phone}.",
  queued: "Không kết nối được với máy chủ. Lựa chọn của bạn đã được lưu trên thiết bị này và sẽ được gửi lại tự động.",
  surfaceTitle: "Nhận {topics} qua WhatsApp",
  ctaLabel: "Nhận tin mới qua WhatsApp",
  showForm: "Đăng ký",
  close: "Đóng",
  whatsappLogo: "Logo WhatsApp",
  hideForm: "Ẩn",
  done: "Xong",
  optinNotSaved: "Đăng ký nhận tin qua WhatsApp của bạn chưa được lưu: {reason}.",
  notSavedReasons: {
    incomplete: "số điện thoại chưa đủ",
    tooLong: "số điện thoại quá dài",
    invalid: "số điện thoại không hợp lệ"
  },
  subscribedCta: "Bạn đang nhận {topics} qua WhatsApp",
  subscribedLine: "Bạn đang nhận {topics} qua WhatsApp tại số {phone}",
  stop: "Hủy đăng ký",
  errors: {
    unticked: "Đánh dấu vào ô để đồng ý nhận các tin nhắn này qua WhatsApp.",
    empty: "Nhập số WhatsApp của bạn.",
    noCountry: "Chọn quốc gia của bạn, hoặc nhập số kèm dấu + và mã quốc gia.",
    tooShort: "Số này quá ngắn.",
    tooLong: "Số này quá dài.",
    invalid: "Số điện thoại này không hợp lệ với quốc gia đã chọn.",
    invalidCountry: "Mã quốc gia này không tồn tại. Hãy kiểm tra các chữ số sau dấu +.",
    rejected: "Máy chủ không chấp nhận lượt đăng ký này: {reason}",
    metadata: "Không tải được quy tắc số điện thoại. Hãy nhập số kèm dấu + và mã quốc gia.",
    mirroredPhone: "Để nhận các tin nhắn này qua WhatsApp, hãy sửa số điện thoại: {problem}",
    phoneOptional: "Nếu không có số điện thoại hợp lệ, chúng tôi không thể gửi các tin nhắn này cho bạn. Phần còn lại của biểu mẫu không bị ảnh hưởng.",
    countryNotOffered: "Chúng tôi chỉ nhận số điện thoại từ {countries}.",
    notSent: "Chưa gửi được gì. Hãy kiểm tra kết nối rồi thử lại.",
    notLoaded: "Không tải được biểu mẫu đăng ký. Hãy kiểm tra kết nối rồi thử lại."
  }
};

export default strings;
