# Sync with the clinic: what the settings screen says when sharing does not work.

sync-error-not-paired = This phone is not connected to a clinic.
sync-error-already-paired = This phone is already connected to a clinic. Disconnect it first.
sync-error-bad-address = The clinic's address is not right. Check it with your clinic.
sync-error-offline = Could not reach the clinic. Your data is safe on this phone and will be sent later.
sync-error-unavailable = The clinic's server is busy. We will try again later.
sync-error-code-invalid = This code does not work. It may be used or expired. Ask your clinic for a new one.
sync-error-unpaired = This phone is no longer connected to the clinic. Connect again with a new code.
sync-error-refused = The clinic did not accept some data. Your data is safe on this phone.
sync-error-storage = Could not read or save data on this phone. Try again.
sync-error-clock = This phone's clock is wrong. Set the date and time, and we will send the rest.
