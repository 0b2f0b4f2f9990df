import XCTest
@testable import IMRKit

@MainActor
final class GoalsModelTests: XCTestCase {
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

    func testANewGoalIsListedAndCanBeMarkedAchieved() async throws {
        let kit = try XCTUnwrap(kit)
        let model = GoalsModel(kit: kit)
        await model.refresh()
        await model.create(GoalInput(title: "  Get back to work  ", why: "Structure in my week", status: .active))
        let goal = try XCTUnwrap(model.goals.first)
        XCTAssertEqual(goal.title, "Get back to work")
        await model.update(id: goal.id, GoalInput(title: goal.title, why: goal.why, status: .achieved))
        XCTAssertEqual(model.goals.map(\.status), [.achieved])
    }

    func testAnEmptyTitleIsRefusedByNameAndNothingIsStored() async throws {
        let kit = try XCTUnwrap(kit)
        let model = GoalsModel(kit: kit)
        await model.refresh()
        await model.create(GoalInput(title: "   ", status: .active))
        XCTAssertEqual(model.refused?.field, "goal.title")
        let stored = try await kit.goals.list()
        XCTAssertTrue(stored.isEmpty)
    }
}
