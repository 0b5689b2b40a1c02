import type { OptinStrings } from '../core/locales.js';

/**
 * Ukrainian, formal (ви) (uk). 
 */
const strings: OptinStrings = {
  $code: "uk",
  $name: "Українська",
  $dir: "ltr",
  $wordingVersion: 1,
  sentence: "Так, я хочу отримувати {topics} від {business} у {whatsapp} на {phone}.",
  phonePlaceholder: "вказаний вище номер",
  topics: {
    order_updates: "новини про мої замовлення",
    shipping_updates: "сповіщення про доставку",
    account_alerts: "сповіщення щодо мого акаунта",
    appointment_reminders: "нагадування про записи",
    tickets: "електронні квитки",
    new_products: "новини про товари",
    offers: "спеціальні пропозиції",
    support: "повідомлення служби підтримки"
  },
  topicsInHeading: {
    order_updates: "новини про ваші замовлення",
    shipping_updates: "сповіщення про доставку",
    account_alerts: "сповіщення щодо акаунта",
    appointment_reminders: "нагадування про записи",
    tickets: "електронні квитки",
    new_products: "новини про товари",
    offers: "спеціальні пропозиції",
    support: "підтримку клієнтів"
  },
  topicsInThanks: {
    order_updates: "новини про ваші замовлення",
    shipping_updates: "сповіщення про доставку",
    account_alerts: "сповіщення щодо вашого акаунта",
    appointment_reminders: "нагадування про записи",
    tickets: "електронні квитки",
    new_products: "новини про товари",
    offers: "спеціальні пропозиції",
    support: "повідомлення служби підтримки"
  },
  topicsInList: {
    order_updates: "Новини про замовлення",
    shipping_updates: "Сповіщення про доставку",
    account_alerts: "Сповіщення акаунта",
    appointment_reminders: "Нагадування про записи",
    tickets: "Електронні квитки",
    new_products: "Нові товари",
    offers: "Спеціальні пропозиції",
    support: "Служба підтримки"
  },
  phoneLabel: "Ваш номер WhatsApp",
  phoneHint: "Ми використовуємо його лише для повідомлень, які ви оберете нижче. Відмовитися можна будь-коли.",
  countryLabel: "Країна",
  countryUnknown: "Оберіть…",
  submit: "Підписатися",
  sending: "Зберігаємо ваш вибір…",
  thankYouTitle: "Дякуємо!",
  thankYouBody: "Ви отримуватимете {topics} від {business} у WhatsApp на {phone}.",
  queued: "Не вдалося зв’язатися із сервером. Ваш вибір збережено на цьому пристрої, і його буде надіслано повторно автоматично.",
  surfaceTitle: "Отримуйте {topics} у WhatsApp",
  ctaLabel: "Отримуйте новини у WhatsApp",
  showForm: "Підписатися",
  close: "Закрити",
  whatsappLogo: "Логотип WhatsApp",
  hideForm: "Сховати",
  done: "Готово",
  optinNotSaved: "Вашу підписку на WhatsApp не збережено: {reason}.",
  notSavedReasons: {
    incomplete: "номер неповний",
    tooLong: "номер задовгий",
    invalid: "номер недійсний"
  },
  subscribedCta: "Ви отримуєте {topics} у WhatsApp",
  subscribedLine: "Ви отримуєте {topics} у WhatsApp на номер {phone}",
  stop: "Відписатися",
  errors: {
    unticked: "Позначте прапорець, щоб погодитися отримувати ці повідомлення у WhatsApp.",
    empty: "Введіть ваш номер WhatsApp.",
    noCountry: "Оберіть країну або введіть номер із + і кодом країни.",
    tooShort: "Цей номер закороткий.",
    tooLong: "Цей номер задовгий.",
    invalid: "Цей номер телефону недійсний для обраної країни.",
    invalidCountry: "Такого коду країни не існує. Перевірте цифри після +.",
    rejected: "Сервер не прийняв підписку: {reason}",
    metadata: "Не вдалося завантажити правила номерів телефонів. Введіть номер із + і кодом країни.",
    mirroredPhone: "Щоб отримувати ці повідомлення у WhatsApp, виправте номер телефону: {problem}",
    phoneOptional: "Без дійсного номера телефону ми не зможемо надсилати вам ці повідомлення. На решту форми це не впливає.",
    countryNotOffered: "Ми приймаємо номери лише з цих країн: {countries}.",
    notSent: "Нічого не надіслано. Перевірте з’єднання і спробуйте ще раз.",
    notLoaded: "Не вдалося завантажити форму підписки. Перевірте з’єднання і спробуйте ще раз."
  }
};

export default strings;
