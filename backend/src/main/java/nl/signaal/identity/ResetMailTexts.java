package nl.signaal.identity;

import java.util.Map;

/**
 * The reset e-mail's words per locale; Dutch (the source locale) when the user's locale has none.
 * The ar, tr and pl texts were drafted without native speakers: have them proofread before release.
 */
record ResetMailTexts(String subject, String body) {
    static final String FALLBACK = "nl";

    private static final Map<String, ResetMailTexts> BY_LOCALE = Map.of(
            "nl", new ResetMailTexts("Nieuw wachtwoord voor Signaal", """
                    Hallo %1$s,

                    Er is een nieuw wachtwoord voor je Signaal-account gevraagd. Kies het via deze link; hij werkt \
                    één keer en %2$d minuten lang:

                    %3$s

                    Heb je dit niet zelf gevraagd? Dan hoef je niets te doen: je wachtwoord blijft zoals het is.
                    """),
            "en", new ResetMailTexts("A new password for Signaal", """
                    Hello %1$s,

                    Someone asked for a new password for your Signaal account. Choose it with this link; it works \
                    once and for %2$d minutes:

                    %3$s

                    Did you not ask for this? Then you need not do anything: your password stays as it is.
                    """),
            "ar", new ResetMailTexts("كلمة مرور جديدة لـ Signaal", """
                    مرحبًا %1$s،

                    طلب أحدهم كلمة مرور جديدة لحسابك في Signaal. اخترها عبر هذا الرابط؛ يعمل مرة واحدة \
                    ولمدة %2$d دقيقة:

                    %3$s

                    إذا لم تطلب ذلك، فلا داعي لفعل أي شيء: تبقى كلمة مرورك كما هي.
                    """),
            "tr", new ResetMailTexts("Signaal için yeni şifre", """
                    Merhaba %1$s,

                    Signaal hesabınız için yeni bir şifre istendi. Şifrenizi bu bağlantıyla seçin; bağlantı bir kez \
                    ve %2$d dakika boyunca çalışır:

                    %3$s

                    Bunu siz istemediyseniz bir şey yapmanıza gerek yok: şifreniz olduğu gibi kalır.
                    """),
            "pl", new ResetMailTexts("Nowe hasło do Signaal", """
                    Dzień dobry %1$s,

                    Ktoś poprosił o nowe hasło do Twojego konta Signaal. Ustaw je za pomocą tego linku; działa \
                    jeden raz przez %2$d minut:

                    %3$s

                    Jeśli to nie Ty, nie musisz nic robić: Twoje hasło pozostaje bez zmian.
                    """));

    static ResetMailTexts in(String locale) {
        return BY_LOCALE.getOrDefault(locale, BY_LOCALE.get(FALLBACK));
    }

    String body(String name, long minutes, String link) {
        return body.formatted(name, minutes, link);
    }
}
