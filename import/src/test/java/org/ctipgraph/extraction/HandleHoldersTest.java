package org.ctipgraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctipgraph.extraction.Texts.relations;

import org.junit.jupiter.api.Test;

/** Who is behind a handle: only an alias list, a platform cue, self-naming or a sender's own words bind one. */
class HandleHoldersTest {
    @Test
    void anAliasListAfterAFullNameGivesThePersonEveryHandleInIt() {
        assertThat(relations("Suspect\tOther names\nMEAS Vuthy\tVuthy HR; @mekong_jobs_pp; @vuthy_recruit\n"))
                .contains("MEAS Vuthy HOLDS_ACCOUNT @mekong_jobs_pp", "MEAS Vuthy HOLDS_ACCOUNT @vuthy_recruit");
        assertThat(relations("The recruiter OUK Sambath (@sambath_hr) sent the ticket."))
                .contains("OUK Sambath HOLDS_ACCOUNT @sambath_hr");
    }

    @Test
    void aHandleInTheNextColumnOfATableIsNotThePersonsOwn() {
        // "Victim | recruited through": the handle is the recruiter's, not the victim's.
        assertThat(relations("Name\tRecruited through\nLY Dara\tTelegram @mekong_jobs_pp\nCHEA Sophal\t@vuthy_recruit\n"))
                .noneMatch(r -> r.contains("HOLDS_ACCOUNT"));
    }

    @Test
    void aPlatformCueOrSelfNamingBindsTheHandle() {
        assertThat(relations("She knew the broker as \"Bong Srey\" on Telegram (@srey_jobs88) and called her twice."))
                .anyMatch(r -> r.endsWith("HOLDS_ACCOUNT @srey_jobs88") && r.startsWith("Bong Srey"));
        assertThat(relations("They were contacted by @thai_farm_work, a man who called himself Bong Heng."))
                .anyMatch(r -> r.startsWith("Bong Heng") && r.endsWith("HOLDS_ACCOUNT @thai_farm_work"));
        assertThat(relations("They answered an advertisement through @thai_farm_work and met PRAK Vuthy in Poipet."))
                .noneMatch(r -> r.contains("HOLDS_ACCOUNT"));
    }

    @Test
    void aChatSenderGivingAHandleOrNumberAsTheirOwnHoldsIt() {
        String chat = "4 March 2026\n10:01\nVuthy HR\n@mekong_jobs_pp is banned, I use @vuthy_recruit now\n10:05\nBong Heng\nok\n"
                + "10:07\nVuthy HR\nDon't use the office line. Call me on 097 555 0142 only\n10:09\nBong Heng\nok boss\n";
        assertThat(relations(chat)).contains("Vuthy HR HOLDS_ACCOUNT @vuthy_recruit", "Vuthy HR USES_PHONE +855975550142")
                .doesNotContain("Vuthy HR HOLDS_ACCOUNT @mekong_jobs_pp", "Bong Heng USES_PHONE +855975550142");
    }
}
