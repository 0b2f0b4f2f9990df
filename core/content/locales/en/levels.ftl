# The early warning level as the participant reads it (imr_protocol::WarningLevel).
# Calm and kind: the level is information, never a judgement. Unknown is not "all clear".

level-heading = How things look
level-unknown = Not enough check-ins
    .name = Unknown
    .description = We have not heard from you for a while. A short check-in when you feel ready helps you keep track of how you are doing.
level-green = Things look steady
    .name = Green
    .description = Your check-ins look like your usual. Keep doing what helps you.
level-amber = Keep an eye on things
    .name = Amber
    .description = Some of your signs are stronger than usual. This is a good time for the steps in your plan for amber.
level-red = Time to use your plan
    .name = Red
    .description = Your signs point to a hard time. Follow your plan for red, and contact a supporter or your clinician. If you need help now, call one of the numbers below.

alert-history = Earlier changes in your signs
alert-what-i-did = What I did
alert-what-i-did-hint = You can note what you did, for yourself or your clinician.
