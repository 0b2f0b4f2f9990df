import Foundation
import UserNotifications

/// The daily check-in reminder at the time stored in the core's settings (`HH:MM`). The
/// notification says nothing private: only the app name and a neutral line, and with
/// previews hidden on the lock screen only a neutral placeholder.
enum Reminders {
    private static let identifier = "daily-check-in"
    private static let category = "reminder"

    /// Asks for permission when a reminder is wanted, then (re)schedules or removes it.
    static func schedule(at time: String?) {
        let center = UNUserNotificationCenter.current()
        center.removePendingNotificationRequests(withIdentifiers: [identifier])
        guard let time, let parsed = parse(time) else { return }
        let (hour, minute) = parsed
        Task {
            let granted = (try? await center.requestAuthorization(options: [.alert, .sound])) ?? false
            guard granted else { return }
            let placeholder = String(localized: "reminder.placeholder")
            center.setNotificationCategories([
                UNNotificationCategory(identifier: category, actions: [], intentIdentifiers: [], hiddenPreviewsBodyPlaceholder: placeholder, options: []),
            ])
            let content = UNMutableNotificationContent()
            content.title = String(localized: "app.name")
            content.body = String(localized: "reminder.text")
            content.categoryIdentifier = category
            content.sound = .default
            let trigger = UNCalendarNotificationTrigger(dateMatching: DateComponents(hour: hour, minute: minute), repeats: true)
            try? await center.add(UNNotificationRequest(identifier: identifier, content: content, trigger: trigger))
        }
    }

    /// Hour and minute of a stored `HH:MM` (the core validated it when it was saved).
    private static func parse(_ time: String) -> (Int, Int)? {
        let parts = time.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        return (parts[0], parts[1])
    }
}
