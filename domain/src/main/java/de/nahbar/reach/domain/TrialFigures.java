package de.nahbar.reach.domain;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a reachability trial, from the calls a caseworker logged and the callbacks they
 * promised between the first and the last day: calls per working day (Monday to Friday), week by
 * week and overall; topics month by month, to see whether "not my responsibility" falls as
 * customers learn whom to call; average duration; callbacks made within their window.
 */
public record TrialFigures(
        LocalDate from,
        LocalDate to,
        int calls,
        int workingDays,
        Double averageMinutes,
        int callbacksDue,
        int callbacksOnTime,
        List<Week> weeks,
        List<Month> months)
        implements Serializable {

    /** Weeks compared for the trend: the last four against the four before. */
    public static final int TREND_WEEKS = 4;

    public TrialFigures {
        weeks = List.copyOf(weeks);
        months = List.copyOf(months);
    }

    /** One logged call: its day, its topic, its length in minutes if noted. */
    public record Call(LocalDate day, CallTopic topic, Integer minutes) {}

    /** One promised callback: the window's end, and when it was made (null: not yet). */
    public record Callback(Instant dueAt, Instant doneAt) {}

    public record Week(LocalDate monday, int calls, int workingDays, int notResponsible) implements Serializable {

        public double callsPerWorkingDay() {
            return workingDays == 0 ? 0 : (double) calls / workingDays;
        }
    }

    public record Month(YearMonth month, Map<CallTopic, Integer> byTopic) implements Serializable {

        public Month {
            byTopic = new EnumMap<>(byTopic.isEmpty() ? Map.of(CallTopic.OTHER, 0) : byTopic);
        }

        public int total() {
            return byTopic.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int count(CallTopic topic) {
            return byTopic.getOrDefault(topic, 0);
        }

        /** The share of a topic in per cent, or null in a month without calls. */
        public Double percent(CallTopic topic) {
            return total() == 0 ? null : 100.0 * count(topic) / total();
        }
    }

    /**
     * @param now callbacks whose window has not closed yet and that are not done are not counted
     */
    public static TrialFigures of(
            LocalDate from, LocalDate to, List<Call> calls, List<Callback> callbacks, Instant now) {
        Map<LocalDate, int[]> weeks = new TreeMap<>();
        Map<YearMonth, Map<CallTopic, Integer>> months = new TreeMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int[] week = weeks.computeIfAbsent(monday(day), m -> new int[3]);
            if (isWorkingDay(day)) {
                week[1]++;
            }
            months.computeIfAbsent(YearMonth.from(day), m -> new EnumMap<>(CallTopic.class));
        }
        int counted = 0;
        int minutes = 0;
        int timed = 0;
        for (Call call : calls) {
            if (call.day().isBefore(from) || call.day().isAfter(to)) {
                continue;
            }
            counted++;
            int[] week = weeks.get(monday(call.day()));
            week[0]++;
            if (call.topic() == CallTopic.NOT_RESPONSIBLE) {
                week[2]++;
            }
            months.get(YearMonth.from(call.day())).merge(call.topic(), 1, Integer::sum);
            if (call.minutes() != null) {
                minutes += call.minutes();
                timed++;
            }
        }
        int due = 0;
        int onTime = 0;
        for (Callback callback : callbacks) {
            if (callback.doneAt() == null && !callback.dueAt().isBefore(now)) {
                continue;
            }
            due++;
            if (callback.doneAt() != null && !callback.doneAt().isAfter(callback.dueAt())) {
                onTime++;
            }
        }
        List<Week> weekList = new ArrayList<>();
        weeks.forEach((monday, w) -> weekList.add(new Week(monday, w[0], w[1], w[2])));
        List<Month> monthList = new ArrayList<>();
        months.forEach((month, topics) -> monthList.add(new Month(month, topics)));
        int workingDays = weekList.stream().mapToInt(Week::workingDays).sum();
        return new TrialFigures(
                from,
                to,
                counted,
                workingDays,
                timed == 0 ? null : (double) minutes / timed,
                due,
                onTime,
                weekList,
                monthList);
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public double callsPerWorkingDay() {
        return workingDays == 0 ? 0 : (double) calls / workingDays;
    }

    /** Callbacks made within their window, in per cent of those due; null when none was due. */
    public Double callbacksOnTimePercent() {
        return callbacksDue == 0 ? null : 100.0 * callbacksOnTime / callbacksDue;
    }

    /** The share of "not my responsibility" among all calls, in per cent; null without calls. */
    public Double notResponsiblePercent() {
        return calls == 0
                ? null
                : 100.0 * weeks.stream().mapToInt(Week::notResponsible).sum() / calls;
    }

    /**
     * Calls per working day in the last {@value #TREND_WEEKS} weeks against the {@value #TREND_WEEKS}
     * before, as a change in per cent; null while the trial is too short to compare.
     */
    public Double weeklyTrendPercent() {
        if (weeks.size() < 2 * TREND_WEEKS) {
            return null;
        }
        double recent = perDay(weeks.subList(weeks.size() - TREND_WEEKS, weeks.size()));
        double before = perDay(weeks.subList(weeks.size() - 2 * TREND_WEEKS, weeks.size() - TREND_WEEKS));
        return before == 0 ? null : 100.0 * (recent - before) / before;
    }

    private static double perDay(List<Week> some) {
        int days = some.stream().mapToInt(Week::workingDays).sum();
        return days == 0 ? 0 : (double) some.stream().mapToInt(Week::calls).sum() / days;
    }

    /** Several caseworkers' figures pooled into one, for the anonymous aggregate (no weeks, no months). */
    public static TrialFigures pooled(List<TrialFigures> each) {
        int calls = 0;
        int days = 0;
        double minutes = 0;
        int timedCalls = 0;
        int due = 0;
        int onTime = 0;
        int notResponsible = 0;
        LocalDate from = null;
        LocalDate to = null;
        for (TrialFigures f : each) {
            calls += f.calls;
            days += f.workingDays;
            if (f.averageMinutes != null) {
                minutes += f.averageMinutes * f.calls;
                timedCalls += f.calls;
            }
            due += f.callbacksDue;
            onTime += f.callbacksOnTime;
            notResponsible += f.weeks.stream().mapToInt(Week::notResponsible).sum();
            from = from == null || f.from.isBefore(from) ? f.from : from;
            to = to == null || f.to.isAfter(to) ? f.to : to;
        }
        Week total = new Week(from, calls, days, notResponsible);
        return new TrialFigures(
                from,
                to,
                calls,
                days,
                timedCalls == 0 ? null : minutes / timedCalls,
                due,
                onTime,
                from == null ? List.of() : List.of(total),
                List.of());
    }
}
