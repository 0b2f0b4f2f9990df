import XCTest
@testable import IMRKit

@MainActor
final class PlanModelTests: XCTestCase {
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

    func testTheSavedPlanAndSupportersAreShownInContactOrder() async throws {
        let kit = try XCTUnwrap(kit)
        let model = PlanModel(kit: kit)
        await model.refresh()
        XCTAssertNil(model.plan)
        let content = PlanContent(
            redSteps: ["Call Kari", "Call the huisartsenpost"],
            localNumbers: [LocalNumber(label: "Huisartsenpost", number: "088 123 45 67")]
        )
        await model.save(content)
        await model.addSupporter(SupporterInput(name: "Kari", phone: "+31 6 1234 5678"))
        await model.addSupporter(SupporterInput(name: "Joost", phone: nil))
        XCTAssertEqual(model.plan?.content.redSteps, content.redSteps)
        XCTAssertEqual(model.supporters.map(\.name), ["Kari", "Joost"])
        let reloaded = PlanModel(kit: kit)
        await reloaded.refresh()
        XCTAssertEqual(reloaded.plan, model.plan)
        XCTAssertEqual(reloaded.supporters, model.supporters)
    }

    func testARefusedPlanIsNamedAndNothingIsStored() async throws {
        let kit = try XCTUnwrap(kit)
        let model = PlanModel(kit: kit)
        await model.refresh()
        await model.save(PlanContent(baselineWindowDays: 3))
        XCTAssertEqual(model.refused?.field, "relapse_plan.baseline_window_days")
        XCTAssertNil(model.plan)
        let stored = try await kit.plan.plan()
        XCTAssertNil(stored)
    }
}
