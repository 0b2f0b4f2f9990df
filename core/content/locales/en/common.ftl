app-name = IMR Companion
not-emergency = This app is not an emergency service. If you need help now, call one of the numbers below.
