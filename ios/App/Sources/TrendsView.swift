import Charts
import IMRKit
import ImrFfi
import SwiftUI

/// Stress and mood of the last four weeks as the core stored them, drawn with Swift Charts.
/// Days without a check-in stay empty rather than being guessed; VoiceOver gets the chart's
/// audio graph and a per-day description from Swift Charts.
struct TrendsView: View {
    let kit: ImrKit
    @State private var checkIns: [CheckIn] = []
    @State private var failed = false

    /// How many of the participant's days the chart shows.
    private let windowDays = 28

    var body: some View {
        NavigationStack {
            ScrollView {
                VStack(alignment: .leading, spacing: 16) {
                    if failed {
                        Text("load.failed").foregroundStyle(.red)
                    }
                    Chart {
                        ForEach(checkIns, id: \.day) { checkIn in
                            if let stress = checkIn.stress {
                                LineMark(x: .value("day", checkIn.day), y: .value("field.stress", Int(stress)), series: .value("series", "stress"))
                                    .foregroundStyle(by: .value("series", String(localized: "field.stress")))
                                    .symbol(.circle)
                            }
                            if let mood = checkIn.mood {
                                LineMark(x: .value("day", checkIn.day), y: .value("field.mood", Int(mood)), series: .value("series", "mood"))
                                    .foregroundStyle(by: .value("series", String(localized: "field.mood")))
                                    .symbol(.square)
                            }
                        }
                    }
                    .chartYScale(domain: 0 ... Int(ImrKit.limits.stressMoodMax))
                    .chartXAxis(.hidden)
                    .frame(minHeight: 240)
                    .accessibilityLabel(Text("trends.description \(checkIns.count)"))
                }
                .padding()
            }
            .navigationTitle("trends.title")
        }
        .task { await load() }
    }

    private func load() async {
        do {
            let today = try await kit.checkIns.today()
            guard let last = Self.dayFormat.date(from: today),
                  let first = Calendar(identifier: .gregorian).date(byAdding: .day, value: -(windowDays - 1), to: last)
            else { return }
            checkIns = try await kit.checkIns.list(from: Self.dayFormat.string(from: first), to: today)
        } catch {
            failed = true
        }
    }

    /// `YYYY-MM-DD` as the core writes days (a calendar date, no time zone shift).
    private static let dayFormat: DateFormatter = {
        let format = DateFormatter()
        format.calendar = Calendar(identifier: .gregorian)
        format.locale = Foundation.Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "UTC")
        format.dateFormat = "yyyy-MM-dd"
        return format
    }()
}
