import XCTest
@testable import IMRKit

@MainActor
final class ModelTests: XCTestCase {
    private var folder = ParticipantFolder()
    private var kit: ImrKit?

    override func setUp() async throws {
        folder = ParticipantFolder()
        try folder.create()
        kit = try await ImrKit.open(path: folder.database.path, keys: FixedKey())
    }

    override func tearDown() async throws {
        try await kit?.close()
        folder.remove()
    }

    func testAQuickCheckInIsShownAsStored() async throws {
        let kit = try XCTUnwrap(kit)
        var saved: [CheckIn] = []
        let model = TodayModel(kit: kit) { saved.append($0) }
        await model.refresh()
        let day = try XCTUnwrap(model.day)
        XCTAssertNil(model.checkIn)
        await model.submit(CheckInInput(day: day, stress: 3, mood: 6))
        XCTAssertEqual(model.checkIn?.stress, 3)
        XCTAssertEqual(model.checkIn?.mood, 6)
        XCTAssertEqual(saved.count, 1)
        let stored = try await kit.checkIns.get(day: day)
        XCTAssertEqual(stored, model.checkIn)
    }

    func testARefusedMoodIsNamedAndNothingIsStored() async throws {
        let kit = try XCTUnwrap(kit)
        let model = TodayModel(kit: kit)
        await model.refresh()
        let day = try XCTUnwrap(model.day)
        await model.submit(CheckInInput(day: day, mood: 11))
        XCTAssertEqual(model.refused?.field, "check_in.mood")
        XCTAssertNil(model.checkIn)
        let stored = try await kit.checkIns.get(day: day)
        XCTAssertNil(stored)
    }

    func testOnboardingChoicesAreStored() async throws {
        let kit = try XCTUnwrap(kit)
        var stored: [Settings] = []
        let model = SettingsModel(kit: kit) { stored.append($0) }
        await model.refresh()
        var chosen = try XCTUnwrap(model.settings)
        chosen.locale = .nl
        chosen.country = .netherlands
        chosen.timezone = "Europe/Amsterdam"
        chosen.reminderTime = "20:30"
        let saved = await model.save(chosen)
        XCTAssertTrue(saved)
        XCTAssertEqual(model.settings, chosen)
        XCTAssertEqual(stored, [chosen])
    }

    func testAnUnknownTimezoneIsRefusedAndTheStoredSettingsStay() async throws {
        let kit = try XCTUnwrap(kit)
        let model = SettingsModel(kit: kit)
        await model.refresh()
        let before = try XCTUnwrap(model.settings)
        var wrong = before
        wrong.timezone = "Mars/Olympus"
        let saved = await model.save(wrong)
        XCTAssertFalse(saved)
        XCTAssertEqual(model.refused?.field, "settings.timezone")
        let current = try await kit.settings.get()
        XCTAssertEqual(current, before)
    }

    func testTheLimitsComeFromTheCore() {
        XCTAssertEqual(ImrKit.limits.stressMoodMax, 10)
        XCTAssertEqual(ImrKit.limits.backfillDays, 7)
    }
}
