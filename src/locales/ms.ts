import type { OptinStrings } from '../core/locales.js';

/**
 * Malay, polite (anda) (ms). 
 */
const strings: OptinStrings = {
  $code: "ms",
  $name: "Bahasa Melayu",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Ya, saya mahu menerima {topics} daripada {business} melalui {whatsapp} di nombor {phone}.",
  phonePlaceholder: "yang dinyatakan di atas",
  topics: {
    order_updates: "makluman pesanan saya",
    shipping_updates: "makluman penghantaran",
    account_alerts: "amaran akaun saya",
    appointment_reminders: "peringatan temu janji saya",
    tickets: "tiket elektronik",
    new_products: "berita produk baharu",
    offers: "tawaran istimewa",
    support: "mesej khidmat pelanggan"
  },
  topicsInHeading: {
    order_updates: "makluman pesanan anda",
    shipping_updates: "makluman penghantaran",
    account_alerts: "amaran akaun anda",
    appointment_reminders: "peringatan temu janji anda",
    tickets: "tiket elektronik anda",
    new_products: "berita produk baharu",
    offers: "tawaran istimewa",
    support: "khidmat pelanggan"
  },
  topicsInThanks: {
    order_updates: "makluman pesanan anda",
    shipping_updates: "makluman penghantaran",
    account_alerts: "amaran akaun anda",
    appointment_reminders: "peringatan temu janji anda",
    tickets: "tiket elektronik",
    new_products: "berita produk baharu",
    offers: "tawaran istimewa",
    support: "mesej khidmat pelanggan"
  },
  topicsInList: {
    order_updates: "Makluman pesanan",
    shipping_updates: "Makluman penghantaran",
    account_alerts: "Amaran akaun",
    appointment_reminders: "Peringatan temu janji",
    tickets: "Tiket elektronik",
    new_products: "Produk baharu",
    offers: "Tawaran istimewa",
    support: "Khidmat pelanggan"
  },
  phoneLabel: "Nombor WhatsApp anda",
  phoneHint: "Kami hanya menggunakannya untuk menghantar mesej yang anda pilih di bawah. Anda boleh berhenti pada bila-bila masa.",
  countryLabel: "Negara",
  countryUnknown: "Pilih…",
  submit: "Daftar",
  sending: "Menyimpan pilihan anda…",
  thankYouTitle: "Terima kasih!",
  thankYouBody: "Anda akan menerima {topics} daripada {business} melalui WhatsApp di nombor {phone}.",
  queued: "Pelayan tidak dapat dihubungi. Pilihan anda disimpan pada peranti ini dan akan dihantar semula secara automatik.",
  surfaceTitle: "Dapatkan {topics} di WhatsApp",
  ctaLabel: "Dapatkan berita terkini di WhatsApp",
  showForm: "Daftar",
  close: "Tutup",
  whatsappLogo: "Logo WhatsApp",
  hideForm: "Sembunyikan",
  done: "Selesai",
  optinNotSaved: "Pendaftaran WhatsApp anda tidak disimpan: {reason}.",
  notSavedReasons: {
    incomplete: "nombor tidak lengkap",
    tooLong: "nombor terlalu panjang",
    invalid: "nombor tidak sah"
  },
  subscribedCta: "Anda menerima {topics} di WhatsApp",
  subscribedLine: "Anda menerima {topics} melalui WhatsApp di nombor {phone}",
  stop: "Berhenti",
  errors: {
    unticked: "Tandakan kotak untuk bersetuju menerima mesej ini di WhatsApp.",
    empty: "Masukkan nombor WhatsApp anda.",
    noCountry: "Pilih negara anda, atau taip nombor dengan + dan kod negara.",
    tooShort: "Nombor ini terlalu pendek.",
    tooLong: "Nombor ini terlalu panjang.",
    invalid: "Nombor telefon ini tidak sah bagi negara yang dipilih.",
    invalidCountry: "Kod negara ini tidak wujud. Semak digit selepas +.",
    rejected: "Pelayan tidak menerima pendaftaran ini: {reason}",
    metadata: "Peraturan nombor telefon tidak dapat dimuatkan. Taip nombor anda dengan + dan kod negara.",
    mirroredPhone: "Untuk menerima mesej ini di WhatsApp, betulkan nombor telefon: {problem}",
    phoneOptional: "Tanpa nombor telefon yang sah, kami tidak dapat menghantar mesej ini kepada anda. Bahagian lain borang ini tidak terjejas.",
    countryNotOffered: "Kami hanya boleh menerima nombor dari {countries}.",
    notSent: "Tiada apa-apa dihantar. Semak sambungan anda dan cuba lagi.",
    notLoaded: "Borang pendaftaran tidak dapat dimuatkan. Semak sambungan anda dan cuba lagi."
  }
};

export default strings;
