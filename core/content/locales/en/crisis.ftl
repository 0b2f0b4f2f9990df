# Labels for the default crisis numbers. Numbers are chosen by the country setting, never by
# language: 113 is the medical emergency number in Norway and the suicide prevention line in
# the Netherlands.

crisis-heading = Help now
crisis-call = Call { $number }
crisis-no-113 = Medical emergency: when it is urgent and a life may be at risk
crisis-no-legevakt = Out-of-hours doctor (legevakt), when help cannot wait
crisis-no-mental-helse = Mental Helse helpline: someone to talk to, day and night
crisis-no-kirkens-sos = Kirkens SOS crisis line: day and night, anonymous
crisis-nl-112 = Emergency number: ambulance, police, fire brigade
crisis-nl-113 = 113 Zelfmoordpreventie (suicide prevention): talk about thoughts of suicide, day and night
crisis-nl-0800-0113 = 113 Zelfmoordpreventie, free number
crisis-other-112 = Emergency number in Europe
crisis-other-add-local = Add the crisis numbers for where you live, such as your doctor or a crisis team.
crisis-add-local = You can add local numbers too, such as your crisis team.
