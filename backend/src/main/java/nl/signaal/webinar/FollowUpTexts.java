package nl.signaal.webinar;

import java.util.Map;

/** The follow-up mail a week after a webinar, in the learner's language (Dutch when it is not one of the five). */
record FollowUpTexts(String subject, String greeting, String body, String action, String closing) {
    static final String FALLBACK = "nl";

    private static final Map<String, FollowUpTexts> BY_LOCALE = Map.of(
            "nl",
            new FollowUpTexts(
                    "Een week na het webinar: even opfrissen",
                    "Beste %s,",
                    "Een week geleden volgde je het webinar \"%s\". Met een korte opfrisser van een paar vragen houd je"
                            + " vast wat je daar hebt geleerd.",
                    "Start de opfrisser",
                    "Het duurt een paar minuten."),
            "en",
            new FollowUpTexts(
                    "A week after the webinar: a quick refresher",
                    "Dear %s,",
                    "A week ago you attended the webinar \"%s\". A short refresher of a few questions helps you keep"
                            + " what you learned there.",
                    "Start the refresher",
                    "It takes a few minutes."),
            "ar",
            new FollowUpTexts(
                    "بعد أسبوع من الندوة: مراجعة سريعة",
                    "%s العزيز/العزيزة،",
                    "قبل أسبوع حضرت الندوة \"%s\". مراجعة قصيرة من بضعة أسئلة تساعدك على الاحتفاظ بما تعلمته هناك.",
                    "ابدأ المراجعة",
                    "تستغرق بضع دقائق."),
            "tr",
            new FollowUpTexts(
                    "Webinardan bir hafta sonra: kısa bir tekrar",
                    "Sayın %s,",
                    "Bir hafta önce \"%s\" webinarına katıldınız. Birkaç sorudan oluşan kısa bir tekrar, orada"
                            + " öğrendiklerinizi akılda tutmanıza yardımcı olur.",
                    "Tekrarı başlat",
                    "Birkaç dakika sürer."),
            "pl",
            new FollowUpTexts(
                    "Tydzień po webinarium: krótka powtórka",
                    "Szanowni Państwo, %s,",
                    "Tydzień temu uczestniczyłeś(-aś) w webinarium \"%s\". Krótka powtórka z kilku pytań pomoże Ci"
                            + " zapamiętać to, czego się tam nauczyłeś(-aś).",
                    "Rozpocznij powtórkę",
                    "Zajmie to kilka minut."));

    static String localeFor(String locale) {
        return BY_LOCALE.containsKey(locale) ? locale : FALLBACK;
    }

    static FollowUpTexts in(String locale) {
        return BY_LOCALE.get(localeFor(locale));
    }

    String text(String name, String webinarTitle, String link) {
        return greeting.formatted(name) + "\n\n" + body.formatted(webinarTitle) + "\n\n" + action + ": " + link + "\n\n"
                + closing + "\n";
    }
}
