import { localeCodeFor } from './locales.js';

/**
 * The words of the pages the receiver serves: the preference page a person reaches from a
 * link in a message (`<wa-optin-preferences>`), and the business's admin page
 * (`<wa-optin-admin>`). Kept apart from `OptinStrings`, and reached only through
 * `pageStringsFor()`, so the script-tag file (which never shows these pages) does not
 * carry them: a bundler drops tables nobody imports.
 *
 * Sentences with `{topics}`, `{business}`, `{whatsapp}` and `{phone}` are rendered by the
 * same wording builder as the opt-in sentence (glyph beside the word WhatsApp, R12), so
 * each keeps all four placeholders exactly once.
 */
export interface PageStrings {
  $code: string;
  preferences: {
    /** Heading; `{business}`. */
    title: string;
    loading: string;
    /** What the person gets now; all four placeholders. */
    receiving: string;
    /** Nothing allowed; `{business}`, `{phone}`. */
    receivingNothing: string;
    /** The one-tap button (R9). */
    stopAll: string;
    /** The withdrawal the person confirms, stored as the opt-out's wording (R11); all four placeholders. */
    stopSentence: string;
    topicsLegend: string;
    topicsHint: string;
    /** Legend of the boxes once everything is stopped. */
    optBackInLegend: string;
    optBackInHint: string;
    /** Heading of the summary of unsaved changes. */
    changesTitle: string;
    save: string;
    saving: string;
    saved: string;
    nothingChanged: string;
    /** After stopping everything; `{business}`, `{phone}`. */
    stoppedTitle: string;
    stoppedBody: string;
    loadFailed: string;
    saveFailed: string;
    retry: string;
    /** A 4xx other than the link's; `{reason}`. */
    rejected: string;
    linkInvalidTitle: string;
    linkExpiredTitle: string;
    /** How to get a new link, revealing no number. */
    linkHelp: string;
  };
  admin: {
    title: string;
    signInTitle: string;
    signInHint: string;
    tokenLabel: string;
    signIn: string;
    signingIn: string;
    signOut: string;
    /** Back at sign-in after a 401. */
    sessionEnded: string;
    tokenRefused: string;
    unreachable: string;
    searchTitle: string;
    searchLabel: string;
    searchHint: string;
    search: string;
    searching: string;
    notFound: string;
    stateTitle: string;
    allowed: string;
    stopped: string;
    /** `{time}`, `{source}`. */
    since: string;
    noTopics: string;
    stopButton: string;
    /** The confirm step; `{phone}`. */
    stopConfirm: string;
    stopConfirmButton: string;
    cancel: string;
    stopDone: string;
    stopNoPhone: string;
    printable: string;
    historyTitle: string;
    asserted: string;
    observed: string;
    optIn: string;
    optOut: string;
    /** A WhatsApp "resume marketing messages" event: lifts an earlier WhatsApp pause only. */
    resume: string;
    allTopics: string;
    noWording: string;
    /** `{count}` repeats of one card. */
    repeats: string;
    latestTitle: string;
    loading: string;
    noEvents: string;
    older: string;
    statsTitle: string;
    statsCaption: string;
    day: string;
    optIns: string;
    optOuts: string;
    bySource: string;
    noStats: string;
    exportTitle: string;
    exportCsv: string;
    exportJsonl: string;
    exportSuppression: string;
    downloaded: string;
    /** Labels of event sources, by id; others are humanised. */
    sources: Record<string, string>;
    fields: Record<string, string>;
  };
}

export const pagesEn: PageStrings = {
  $code: 'en',
  preferences: {
    title: 'Your WhatsApp messages from {business}',
    loading: 'Loading your choices…',
    receiving: 'You receive {topics} from {business} on {whatsapp}, {phone}.',
    receivingNothing: 'You receive no messages from {business} on WhatsApp, {phone}.',
    stopAll: 'Stop all WhatsApp messages',
    stopSentence: 'Stop sending me {topics} from {business} on {whatsapp}, {phone}.',
    topicsLegend: 'Messages you receive',
    topicsHint: 'Untick what you no longer want, or tick to receive it again, then save.',
    optBackInLegend: 'Opt back in',
    optBackInHint: 'Tick what you want to receive again, then save.',
    changesTitle: 'Your change',
    save: 'Save changes',
    saving: 'Saving your choice…',
    saved: 'Saved. Your choices are up to date.',
    nothingChanged: 'Nothing has changed yet: tick or untick a box first.',
    stoppedTitle: 'Done. You will get no more WhatsApp messages from {business}.',
    stoppedBody: 'Nothing more will be sent to {phone}. Changed your mind? You can opt back in below.',
    loadFailed: 'We could not load your choices. Check your connection and try again.',
    saveFailed: 'We could not reach the server, so nothing was changed yet. Your choice is kept here: try again.',
    retry: 'Try again',
    rejected: 'The server did not accept this change: {reason}',
    linkInvalidTitle: 'This link is not valid',
    linkExpiredTitle: 'This link has expired',
    linkHelp:
      'To stop the messages, reply STOP in your WhatsApp chat with the business. To change your choices, ask the business for a new link.',
  },
  admin: {
    title: 'WhatsApp consent records',
    signInTitle: 'Sign in',
    signInHint: 'Enter the admin token of this receiver. It is kept in this browser tab only, until you sign out or close the tab.',
    tokenLabel: 'Admin token',
    signIn: 'Sign in',
    signingIn: 'Checking the token…',
    signOut: 'Sign out',
    sessionEnded: 'The admin token was not accepted (it may have changed). Sign in again.',
    tokenRefused: 'This token was not accepted. Check it and try again.',
    unreachable: 'The receiver could not be reached. Check the connection and try again.',
    searchTitle: 'Find a person',
    searchLabel: 'Phone number or WhatsApp user ID',
    searchHint: 'A number with + and the country code, or a business-scoped user ID such as BR.1502576394655843.',
    search: 'Find',
    searching: 'Searching…',
    notFound: 'Nothing is stored for {query}.',
    stateTitle: 'May receive now',
    allowed: 'Allowed',
    stopped: 'Stopped',
    since: 'since {time}, {source}',
    noTopics: 'No topic was ever opted in to.',
    stopButton: 'Stop all messages',
    stopConfirm: 'Stop every WhatsApp message to {phone}? This is stored as an opt-out made by an admin.',
    stopConfirmButton: 'Yes, stop all messages',
    cancel: 'Cancel',
    stopDone: 'Stopped. The opt-out is stored.',
    stopNoPhone: 'No phone number is known for this person, so the stop button is off; their WhatsApp stop already applies by user ID.',
    printable: 'Download the printable proof',
    historyTitle: 'Every event, oldest first',
    asserted: 'What the page said',
    observed: 'What the receiver saw',
    optIn: 'Opt-in',
    optOut: 'Opt-out',
    resume: 'Resumed on WhatsApp',
    allTopics: 'all messages',
    noWording: 'No text was shown (the person acted on WhatsApp or through a business).',
    repeats: '{count} times',
    latestTitle: 'Latest events',
    loading: 'Loading…',
    noEvents: 'No events stored yet.',
    older: 'Show older events',
    statsTitle: 'Counts per day (UTC)',
    statsCaption: 'Opt-ins and opt-outs per day, and every event by source',
    day: 'Day',
    optIns: 'Opt-ins',
    optOuts: 'Opt-outs',
    bySource: 'By source',
    noStats: 'No events in the last 30 days.',
    exportTitle: 'Export',
    exportCsv: 'All events (CSV)',
    exportJsonl: 'All events (JSONL)',
    exportSuppression: 'Do-not-message list (CSV)',
    downloaded: 'Saved {file}.',
    sources: {
      form: 'site form',
      popup: 'site popup',
      banner: 'site banner',
      cta: 'site button',
      checkbox: 'site checkbox',
      'whatsapp-stop': 'STOP on WhatsApp',
      'whatsapp-preferences': 'WhatsApp stop control',
      preferences: 'preference page',
      admin: 'admin',
    },
    fields: {
      phone: 'Number',
      business: 'Business',
      locale: 'Language',
      wordingVersion: 'Wording version',
      source: 'Source',
      pageUrl: 'Page',
      phoneVerified: 'Number verified',
      occurredAt: 'When (page clock)',
      widgetVersion: 'Widget version',
      reason: 'Reason',
      receivedAt: 'Received',
      via: 'Via',
      origin: 'Origin',
      userAgent: 'Browser',
      clientIp: 'IP address',
      userIds: 'WhatsApp user IDs',
    },
  },
};

export const pagesEs: PageStrings = {
  $code: 'es',
  preferences: {
    title: 'Tus mensajes de WhatsApp de {business}',
    loading: 'Cargando tus preferencias…',
    receiving: 'Recibes {topics} de {business} en {whatsapp}, {phone}.',
    receivingNothing: 'No recibes mensajes de {business} en WhatsApp, {phone}.',
    stopAll: 'Dejar de recibir todos los mensajes de WhatsApp',
    stopSentence: 'Dejen de enviarme {topics} de {business} en {whatsapp}, {phone}.',
    topicsLegend: 'Mensajes que recibes',
    topicsHint: 'Desmarca lo que ya no quieras o marca lo que quieras volver a recibir, y guarda.',
    optBackInLegend: 'Volver a suscribirte',
    optBackInHint: 'Marca lo que quieras volver a recibir y guarda.',
    changesTitle: 'Tu cambio',
    save: 'Guardar cambios',
    saving: 'Guardando tu elección…',
    saved: 'Guardado. Tus preferencias están al día.',
    nothingChanged: 'Aún no has cambiado nada: marca o desmarca una casilla primero.',
    stoppedTitle: 'Listo. No recibirás más mensajes de WhatsApp de {business}.',
    stoppedBody: 'No se enviará nada más a {phone}. ¿Cambiaste de opinión? Puedes volver a suscribirte abajo.',
    loadFailed: 'No pudimos cargar tus preferencias. Revisa tu conexión e inténtalo de nuevo.',
    saveFailed: 'No pudimos conectar con el servidor, así que aún no cambió nada. Tu elección sigue aquí: inténtalo de nuevo.',
    retry: 'Intentar de nuevo',
    rejected: 'El servidor no aceptó este cambio: {reason}',
    linkInvalidTitle: 'Este enlace no es válido',
    linkExpiredTitle: 'Este enlace ha caducado',
    linkHelp:
      'Para dejar de recibir mensajes, responde STOP en tu chat de WhatsApp con la empresa. Para cambiar tus preferencias, pide un enlace nuevo a la empresa.',
  },
  admin: {
    title: 'Registros de consentimiento de WhatsApp',
    signInTitle: 'Iniciar sesión',
    signInHint: 'Escribe el token de administración de este receptor. Solo se guarda en esta pestaña, hasta que cierres sesión o la pestaña.',
    tokenLabel: 'Token de administración',
    signIn: 'Entrar',
    signingIn: 'Comprobando el token…',
    signOut: 'Cerrar sesión',
    sessionEnded: 'El token de administración no fue aceptado (puede haber cambiado). Vuelve a iniciar sesión.',
    tokenRefused: 'Este token no fue aceptado. Revísalo e inténtalo de nuevo.',
    unreachable: 'No se pudo conectar con el receptor. Revisa la conexión e inténtalo de nuevo.',
    searchTitle: 'Buscar una persona',
    searchLabel: 'Número de teléfono o ID de usuario de WhatsApp',
    searchHint: 'Un número con + y el código de país, o un ID de usuario de la empresa como BR.1502576394655843.',
    search: 'Buscar',
    searching: 'Buscando…',
    notFound: 'No hay nada guardado para {query}.',
    stateTitle: 'Puede recibir ahora',
    allowed: 'Permitido',
    stopped: 'Detenido',
    since: 'desde {time}, {source}',
    noTopics: 'Nunca se suscribió a ningún tema.',
    stopButton: 'Detener todos los mensajes',
    stopConfirm: '¿Detener todos los mensajes de WhatsApp a {phone}? Se guarda como una baja hecha por un administrador.',
    stopConfirmButton: 'Sí, detener todos los mensajes',
    cancel: 'Cancelar',
    stopDone: 'Detenido. La baja está guardada.',
    stopNoPhone: 'No se conoce ningún número de esta persona, así que el botón está desactivado; su baja de WhatsApp ya se aplica por ID de usuario.',
    printable: 'Descargar la prueba imprimible',
    historyTitle: 'Todos los eventos, del más antiguo al más reciente',
    asserted: 'Lo que dijo la página',
    observed: 'Lo que vio el receptor',
    optIn: 'Alta',
    optOut: 'Baja',
    resume: 'Reanudado en WhatsApp',
    allTopics: 'todos los mensajes',
    noWording: 'No se mostró ningún texto (la persona actuó en WhatsApp o a través de la empresa).',
    repeats: '{count} veces',
    latestTitle: 'Últimos eventos',
    loading: 'Cargando…',
    noEvents: 'Aún no hay eventos guardados.',
    older: 'Ver eventos anteriores',
    statsTitle: 'Totales por día (UTC)',
    statsCaption: 'Altas y bajas por día, y todos los eventos por origen',
    day: 'Día',
    optIns: 'Altas',
    optOuts: 'Bajas',
    bySource: 'Por origen',
    noStats: 'No hay eventos en los últimos 30 días.',
    exportTitle: 'Exportar',
    exportCsv: 'Todos los eventos (CSV)',
    exportJsonl: 'Todos los eventos (JSONL)',
    exportSuppression: 'Lista de no contactar (CSV)',
    downloaded: 'Guardado {file}.',
    sources: {
      form: 'formulario del sitio',
      popup: 'ventana del sitio',
      banner: 'banner del sitio',
      cta: 'botón del sitio',
      checkbox: 'casilla del sitio',
      'whatsapp-stop': 'STOP en WhatsApp',
      'whatsapp-preferences': 'control de WhatsApp',
      preferences: 'página de preferencias',
      admin: 'administrador',
    },
    fields: {
      phone: 'Número',
      business: 'Empresa',
      locale: 'Idioma',
      wordingVersion: 'Versión del texto',
      source: 'Origen',
      pageUrl: 'Página',
      phoneVerified: 'Número verificado',
      occurredAt: 'Cuándo (reloj de la página)',
      widgetVersion: 'Versión del widget',
      reason: 'Motivo',
      receivedAt: 'Recibido',
      via: 'Vía',
      origin: 'Origen web',
      userAgent: 'Navegador',
      clientIp: 'Dirección IP',
      userIds: 'IDs de usuario de WhatsApp',
    },
  },
};

export const pagesPt: PageStrings = {
  $code: 'pt',
  preferences: {
    title: 'Suas mensagens de WhatsApp de {business}',
    loading: 'Carregando suas escolhas…',
    receiving: 'Você recebe {topics} de {business} no {whatsapp}, {phone}.',
    receivingNothing: 'Você não recebe mensagens de {business} no WhatsApp, {phone}.',
    stopAll: 'Parar todas as mensagens de WhatsApp',
    stopSentence: 'Parem de me enviar {topics} de {business} no {whatsapp}, {phone}.',
    topicsLegend: 'Mensagens que você recebe',
    topicsHint: 'Desmarque o que não quer mais, ou marque para voltar a receber, e salve.',
    optBackInLegend: 'Voltar a receber',
    optBackInHint: 'Marque o que quer voltar a receber e salve.',
    changesTitle: 'Sua alteração',
    save: 'Salvar alterações',
    saving: 'Salvando sua escolha…',
    saved: 'Salvo. Suas escolhas estão atualizadas.',
    nothingChanged: 'Nada mudou ainda: marque ou desmarque uma caixa primeiro.',
    stoppedTitle: 'Pronto. Você não vai receber mais mensagens de WhatsApp de {business}.',
    stoppedBody: 'Nada mais será enviado para {phone}. Mudou de ideia? Você pode voltar a receber abaixo.',
    loadFailed: 'Não conseguimos carregar suas escolhas. Verifique sua conexão e tente de novo.',
    saveFailed: 'Não conseguimos falar com o servidor, então nada mudou ainda. Sua escolha continua aqui: tente de novo.',
    retry: 'Tentar de novo',
    rejected: 'O servidor não aceitou esta alteração: {reason}',
    linkInvalidTitle: 'Este link não é válido',
    linkExpiredTitle: 'Este link expirou',
    linkHelp:
      'Para parar as mensagens, responda STOP na sua conversa de WhatsApp com a empresa. Para mudar suas escolhas, peça um link novo à empresa.',
  },
  admin: {
    title: 'Registros de consentimento de WhatsApp',
    signInTitle: 'Entrar',
    signInHint: 'Digite o token de administração deste receptor. Ele fica só nesta aba, até você sair ou fechar a aba.',
    tokenLabel: 'Token de administração',
    signIn: 'Entrar',
    signingIn: 'Verificando o token…',
    signOut: 'Sair',
    sessionEnded: 'O token de administração não foi aceito (pode ter mudado). Entre de novo.',
    tokenRefused: 'Este token não foi aceito. Confira e tente de novo.',
    unreachable: 'Não foi possível falar com o receptor. Verifique a conexão e tente de novo.',
    searchTitle: 'Buscar uma pessoa',
    searchLabel: 'Número de telefone ou ID de usuário do WhatsApp',
    searchHint: 'Um número com + e o código do país, ou um ID de usuário da empresa como BR.1502576394655843.',
    search: 'Buscar',
    searching: 'Buscando…',
    notFound: 'Nada está guardado para {query}.',
    stateTitle: 'Pode receber agora',
    allowed: 'Permitido',
    stopped: 'Parado',
    since: 'desde {time}, {source}',
    noTopics: 'Nenhum assunto recebeu consentimento.',
    stopButton: 'Parar todas as mensagens',
    stopConfirm: 'Parar todas as mensagens de WhatsApp para {phone}? Isto é guardado como um descadastro feito por um administrador.',
    stopConfirmButton: 'Sim, parar todas as mensagens',
    cancel: 'Cancelar',
    stopDone: 'Parado. O descadastro está guardado.',
    stopNoPhone: 'Nenhum número é conhecido para esta pessoa, então o botão está desligado; a parada pelo WhatsApp já vale pelo ID de usuário.',
    printable: 'Baixar a prova para impressão',
    historyTitle: 'Todos os eventos, do mais antigo ao mais recente',
    asserted: 'O que a página disse',
    observed: 'O que o receptor viu',
    optIn: 'Cadastro',
    optOut: 'Descadastro',
    resume: 'Retomado no WhatsApp',
    allTopics: 'todas as mensagens',
    noWording: 'Nenhum texto foi mostrado (a pessoa agiu no WhatsApp ou por meio da empresa).',
    repeats: '{count} vezes',
    latestTitle: 'Últimos eventos',
    loading: 'Carregando…',
    noEvents: 'Nenhum evento guardado ainda.',
    older: 'Ver eventos anteriores',
    statsTitle: 'Totais por dia (UTC)',
    statsCaption: 'Cadastros e descadastros por dia, e todos os eventos por origem',
    day: 'Dia',
    optIns: 'Cadastros',
    optOuts: 'Descadastros',
    bySource: 'Por origem',
    noStats: 'Nenhum evento nos últimos 30 dias.',
    exportTitle: 'Exportar',
    exportCsv: 'Todos os eventos (CSV)',
    exportJsonl: 'Todos os eventos (JSONL)',
    exportSuppression: 'Lista de não contatar (CSV)',
    downloaded: 'Salvo {file}.',
    sources: {
      form: 'formulário do site',
      popup: 'janela do site',
      banner: 'faixa do site',
      cta: 'botão do site',
      checkbox: 'caixa do site',
      'whatsapp-stop': 'STOP no WhatsApp',
      'whatsapp-preferences': 'controle do WhatsApp',
      preferences: 'página de preferências',
      admin: 'administrador',
    },
    fields: {
      phone: 'Número',
      business: 'Empresa',
      locale: 'Idioma',
      wordingVersion: 'Versão do texto',
      source: 'Origem',
      pageUrl: 'Página',
      phoneVerified: 'Número verificado',
      occurredAt: 'Quando (relógio da página)',
      widgetVersion: 'Versão do widget',
      reason: 'Motivo',
      receivedAt: 'Recebido',
      via: 'Via',
      origin: 'Origem web',
      userAgent: 'Navegador',
      clientIp: 'Endereço IP',
      userIds: 'IDs de usuário do WhatsApp',
    },
  },
};

/**
 * The preference page alone, in more languages: it is what a person reaches from a link in
 * a message, so it speaks the language of the opt-in (issue 14); the admin page, read by the
 * business's staff, stays in English, Spanish and Portuguese for now. Same register as the
 * language's opt-in file. `stopSentence` is stored as the opt-out's wording (R11) and is the
 * person speaking, like the opt-in sentence it mirrors.
 */
const preferencesHi: PageStrings['preferences'] = {
  title: '{business} के WhatsApp संदेश',
  loading: 'आपकी पसंद लोड हो रही है…',
  receiving: 'आपको {phone} नंबर पर {whatsapp} के ज़रिए {business} से {topics} मिलते हैं।',
  receivingNothing: 'आपको {phone} नंबर पर WhatsApp के ज़रिए {business} से कोई संदेश नहीं मिलता।',
  stopAll: 'WhatsApp के सभी संदेश बंद करें',
  stopSentence: '{business} मुझे {phone} नंबर पर {whatsapp} के ज़रिए {topics} भेजना बंद करे।',
  topicsLegend: 'आपको मिलने वाले संदेश',
  topicsHint: 'जो अब नहीं चाहिए, उसका निशान हटाएँ; जो फिर से चाहिए, उस पर निशान लगाएँ। फिर सेव करें।',
  optBackInLegend: 'फिर से शुरू करें',
  optBackInHint: 'जो फिर से पाना चाहते हैं, उस पर निशान लगाएँ, फिर सेव करें।',
  changesTitle: 'आपका बदलाव',
  save: 'बदलाव सेव करें',
  saving: 'आपकी पसंद सेव हो रही है…',
  saved: 'सेव हो गया। आपकी पसंद अपडेट हो गई है।',
  nothingChanged: 'अभी कुछ नहीं बदला है: पहले किसी बॉक्स पर निशान लगाएँ या हटाएँ।',
  stoppedTitle: 'हो गया। अब आपको {business} से WhatsApp पर कोई संदेश नहीं मिलेगा।',
  stoppedBody: '{phone} पर अब कुछ नहीं भेजा जाएगा। इरादा बदल गया? आप नीचे फिर से शुरू कर सकते हैं।',
  loadFailed: 'आपकी पसंद लोड नहीं हो सकी। अपना इंटरनेट कनेक्शन जाँचें और फिर कोशिश करें।',
  saveFailed: 'सर्वर से संपर्क नहीं हो सका, इसलिए अभी कुछ नहीं बदला। आपकी पसंद यहीं रखी है: फिर कोशिश करें।',
  retry: 'फिर कोशिश करें',
  rejected: 'सर्वर ने यह बदलाव स्वीकार नहीं किया: {reason}',
  linkInvalidTitle: 'यह लिंक मान्य नहीं है',
  linkExpiredTitle: 'इस लिंक की अवधि ख़त्म हो गई है',
  linkHelp:
    'संदेश बंद करने के लिए बिज़नेस के साथ अपनी WhatsApp चैट में STOP लिखकर भेजें। अपनी पसंद बदलने के लिए बिज़नेस से नया लिंक माँगें।',
};

const preferencesAr: PageStrings['preferences'] = {
  title: 'رسائل WhatsApp من {business}',
  loading: 'جارٍ تحميل اختياراتك…',
  receiving: 'تصلك {topics} من {business} عبر {whatsapp} على الرقم {phone}.',
  receivingNothing: 'لا تصلك أي رسائل من {business} عبر WhatsApp على الرقم {phone}.',
  stopAll: 'إيقاف كل رسائل WhatsApp',
  stopSentence: 'أرغب في إيقاف تلقّي {topics} من {business} عبر {whatsapp} على الرقم {phone}.',
  topicsLegend: 'الرسائل التي تصلك',
  topicsHint: 'أزل العلامة عمّا لم تعد تريده، أو ضعها لتتلقاه من جديد، ثم احفظ.',
  optBackInLegend: 'الاشتراك من جديد',
  optBackInHint: 'ضع علامة على ما تريد تلقّيه من جديد، ثم احفظ.',
  changesTitle: 'التغيير الذي أجريته',
  save: 'حفظ التغييرات',
  saving: 'جارٍ حفظ اختيارك…',
  saved: 'تم الحفظ. اختياراتك محدَّثة.',
  nothingChanged: 'لم يتغيّر شيء بعد: ضع علامة على مربع أو أزلها أولًا.',
  stoppedTitle: 'تم. لن تصلك بعد الآن أي رسائل WhatsApp من {business}.',
  stoppedBody: 'لن يُرسل أي شيء بعد الآن إلى {phone}. غيّرت رأيك؟ يمكنك الاشتراك من جديد أدناه.',
  loadFailed: 'تعذّر تحميل اختياراتك. تحقّق من اتصالك وحاول مرة أخرى.',
  saveFailed: 'تعذّر الوصول إلى الخادم، لذا لم يتغيّر شيء بعد. اختيارك محفوظ هنا: حاول مرة أخرى.',
  retry: 'حاول مرة أخرى',
  rejected: 'لم يقبل الخادم هذا التغيير: {reason}',
  linkInvalidTitle: 'هذا الرابط غير صالح',
  linkExpiredTitle: 'انتهت صلاحية هذا الرابط',
  linkHelp: 'لإيقاف الرسائل، أرسل STOP في محادثتك على WhatsApp مع النشاط التجاري. ولتغيير اختياراتك، اطلب رابطًا جديدًا من النشاط التجاري.',
};

const preferencesId: PageStrings['preferences'] = {
  title: 'Pesan WhatsApp Anda dari {business}',
  loading: 'Memuat pilihan Anda…',
  receiving: 'Anda menerima {topics} dari {business} melalui {whatsapp} di nomor {phone}.',
  receivingNothing: 'Anda tidak menerima pesan apa pun dari {business} melalui WhatsApp di nomor {phone}.',
  stopAll: 'Hentikan semua pesan WhatsApp',
  stopSentence: 'Saya ingin berhenti menerima {topics} dari {business} melalui {whatsapp} di nomor {phone}.',
  topicsLegend: 'Pesan yang Anda terima',
  topicsHint: 'Hapus centang pada yang tidak Anda inginkan lagi, atau centang untuk menerimanya lagi, lalu simpan.',
  optBackInLegend: 'Berlangganan lagi',
  optBackInHint: 'Centang yang ingin Anda terima lagi, lalu simpan.',
  changesTitle: 'Perubahan Anda',
  save: 'Simpan perubahan',
  saving: 'Menyimpan pilihan Anda…',
  saved: 'Tersimpan. Pilihan Anda sudah diperbarui.',
  nothingChanged: 'Belum ada yang berubah: centang atau hapus centang pada kotak terlebih dahulu.',
  stoppedTitle: 'Selesai. Anda tidak akan menerima pesan WhatsApp lagi dari {business}.',
  stoppedBody: 'Tidak ada lagi yang akan dikirim ke {phone}. Berubah pikiran? Anda bisa berlangganan lagi di bawah.',
  loadFailed: 'Pilihan Anda tidak dapat dimuat. Periksa koneksi Anda dan coba lagi.',
  saveFailed: 'Server tidak dapat dihubungi, jadi belum ada yang berubah. Pilihan Anda tetap tersimpan di sini: coba lagi.',
  retry: 'Coba lagi',
  rejected: 'Server tidak menerima perubahan ini: {reason}',
  linkInvalidTitle: 'Tautan ini tidak valid',
  linkExpiredTitle: 'Tautan ini sudah kedaluwarsa',
  linkHelp: 'Untuk menghentikan pesan, balas STOP di chat WhatsApp Anda dengan bisnis tersebut. Untuk mengubah pilihan Anda, minta tautan baru kepada bisnis tersebut.',
};

const PREFERENCES_ONLY: Record<string, PageStrings['preferences']> = { hi: preferencesHi, ar: preferencesAr, id: preferencesId };

/** Which of the receiver's pages: the person's preference page or the business's admin page. */
export type ReceiverPage = 'preferences' | 'admin';

/**
 * The tag a receiver page can speak whole: `locale` when that page's words exist in it,
 * else `en` (a Hindi admin page is English throughout, not English words around Hindi topic
 * labels — and on the preference page the stored withdrawal says the language shown, R11).
 */
export function pageLocaleFor(locale: string, page: ReceiverPage = 'admin'): string {
  if (localeCodeFor(locale) === 'en') return locale;
  const speaks = page === 'preferences' ? preferenceStringsFor(locale) !== pagesEn.preferences : pageStringsFor(locale) !== pagesEn;
  return speaks ? locale : 'en';
}

/**
 * The page words for a tag, chosen like the opt-in tables (same language, else English) so
 * a sentence and its topic labels never mix languages. Both receiver pages exist in
 * English, Spanish and Portuguese; the preference page also in Hindi, Arabic and Indonesian
 * (`preferenceStringsFor`); other languages show them in English.
 */
export function pageStringsFor(locale: string | undefined): PageStrings {
  const code = localeCodeFor(locale);
  if (code === 'es') return pagesEs;
  if (code === 'pt-BR' || code === 'pt-PT') return pagesPt;
  return pagesEn;
}

/** The preference page's words: English, Spanish, Portuguese, Hindi, Arabic and Indonesian. */
export function preferenceStringsFor(locale: string | undefined): PageStrings['preferences'] {
  return PREFERENCES_ONLY[localeCodeFor(locale)] ?? pageStringsFor(locale).preferences;
}
