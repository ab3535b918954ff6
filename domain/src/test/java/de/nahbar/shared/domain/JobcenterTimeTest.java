package de.nahbar.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class JobcenterTimeTest {

    @Test
    void workingDaysSkipTheWeekend() {
        LocalDate thursday = LocalDate.of(2026, 11, 26);
        assertThat(JobcenterTime.workingDaysAfter(thursday, 1)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(JobcenterTime.workingDaysAfter(thursday, 2)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(JobcenterTime.workingDaysAfter(thursday, 5)).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(JobcenterTime.workingDaysAfter(LocalDate.of(2026, 11, 28), 1))
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
