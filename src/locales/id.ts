import type { OptinStrings } from '../core/locales.js';

/**
 * Indonesian, formal (Anda) (id). 
 */
const strings: OptinStrings = {
  $code: "id",
  $name: "Bahasa Indonesia",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Ya, saya ingin menerima {topics} dari {business} melalui {whatsapp} di nomor {phone}.",
  phonePlaceholder: "yang tertera di atas",
  topics: {
    order_updates: "kabar pesanan saya",
    shipping_updates: "info pengiriman",
    account_alerts: "peringatan akun saya",
    appointment_reminders: "pengingat janji temu saya",
    tickets: "tiket elektronik",
    new_products: "kabar produk baru",
    offers: "penawaran spesial",
    support: "pesan layanan pelanggan"
  },
  topicsInHeading: {
    order_updates: "kabar pesanan Anda",
    shipping_updates: "info pengiriman",
    account_alerts: "peringatan akun Anda",
    appointment_reminders: "pengingat janji temu Anda",
    tickets: "tiket elektronik Anda",
    new_products: "kabar produk baru",
    offers: "penawaran spesial",
    support: "layanan pelanggan"
  },
  topicsInThanks: {
    order_updates: "kabar pesanan Anda",
    shipping_updates: "info pengiriman",
    account_alerts: "peringatan akun Anda",
    appointment_reminders: "pengingat janji temu Anda",
    tickets: "tiket elektronik",
    new_products: "kabar produk baru",
    offers: "penawaran spesial",
    support: "pesan layanan pelanggan"
  },
  topicsInList: {
    order_updates: "Kabar pesanan",
    shipping_updates: "Info pengiriman",
    account_alerts: "Peringatan akun",
    appointment_reminders: "Pengingat janji temu",
    tickets: "Tiket elektronik",
    new_products: "Produk baru",
    offers: "Penawaran spesial",
    support: "Layanan pelanggan"
  },
  phoneLabel: "Nomor WhatsApp Anda",
  phoneHint: "Kami hanya memakainya untuk mengirim pesan yang Anda pilih di bawah. Anda bisa berhenti kapan saja.",
  countryLabel: "Negara",
  countryUnknown: "Pilih…",
  submit: "Daftar",
  sending: "Menyimpan pilihan Anda…",
  thankYouTitle: "Terima kasih!",
  thankYouBody: "Anda akan menerima {topics} dari {business} melalui WhatsApp di nomor {phone}.",
  queued: "Server tidak dapat dihubungi. Pilihan Anda tersimpan di perangkat ini dan akan kami kirim ulang secara otomatis.",
  surfaceTitle: "Dapatkan {topics} di WhatsApp",
  ctaLabel: "Dapatkan kabar terbaru di WhatsApp",
  showForm: "Daftar",
  close: "Tutup",
  whatsappLogo: "Logo WhatsApp",
  hideForm: "Sembunyikan",
  done: "Selesai",
  optinNotSaved: "Pendaftaran WhatsApp Anda tidak tersimpan: {reason}.",
  notSavedReasons: {
    incomplete: "nomornya belum lengkap",
    tooLong: "nomornya terlalu panjang",
    invalid: "nomornya tidak valid"
  },
  subscribedCta: "Anda menerima {topics} di WhatsApp",
  subscribedLine: "Anda menerima {topics} melalui WhatsApp di nomor {phone}",
  stop: "Berhenti",
  errors: {
    unticked: "Centang kotak untuk setuju menerima pesan ini di WhatsApp.",
    empty: "Masukkan nomor WhatsApp Anda.",
    noCountry: "Pilih negara Anda, atau ketik nomor dengan + dan kode negara.",
    tooShort: "Nomor ini terlalu pendek.",
    tooLong: "Nomor ini terlalu panjang.",
    invalid: "Nomor telepon ini tidak valid untuk negara yang dipilih.",
    invalidCountry: "Kode negara ini tidak ada. Periksa angka setelah +.",
    rejected: "Server tidak menerima pendaftaran ini: {reason}",
    metadata: "Aturan nomor telepon tidak dapat dimuat. Ketik nomor Anda dengan + dan kode negara.",
    mirroredPhone: "Untuk menerima pesan ini di WhatsApp, perbaiki nomor telepon: {problem}",
    phoneOptional: "Tanpa nomor telepon yang valid, kami tidak dapat mengirim pesan ini kepada Anda. Bagian lain formulir ini tidak terpengaruh.",
    countryNotOffered: "Kami hanya dapat menerima nomor dari {countries}.",
    notSent: "Tidak ada yang terkirim. Periksa koneksi Anda dan coba lagi.",
    notLoaded: "Formulir pendaftaran tidak dapat dimuat. Periksa koneksi Anda dan coba lagi."
  }
};

export default strings;
