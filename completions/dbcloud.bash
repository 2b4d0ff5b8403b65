_dbcloud() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="dbcloud"
                ;;
            dbcloud,api)
                cmd="dbcloud__subcmd__api"
                ;;
            dbcloud,auth)
                cmd="dbcloud__subcmd__auth"
                ;;
            dbcloud,ch)
                cmd="dbcloud__subcmd__ch"
                ;;
            dbcloud,clickhouse)
                cmd="dbcloud__subcmd__ch"
                ;;
            dbcloud,cockroach)
                cmd="dbcloud__subcmd__crdb"
                ;;
            dbcloud,completions)
                cmd="dbcloud__subcmd__completions"
                ;;
            dbcloud,crdb)
                cmd="dbcloud__subcmd__crdb"
                ;;
            dbcloud,emulator)
                cmd="dbcloud__subcmd__emulator"
                ;;
            dbcloud,help)
                cmd="dbcloud__subcmd__help"
                ;;
            dbcloud,ls)
                cmd="dbcloud__subcmd__ls"
                ;;
            dbcloud,profile)
                cmd="dbcloud__subcmd__profile"
                ;;
            dbcloud,status)
                cmd="dbcloud__subcmd__ls"
                ;;
            dbcloud__subcmd__auth,help)
                cmd="dbcloud__subcmd__auth__subcmd__help"
                ;;
            dbcloud__subcmd__auth,login)
                cmd="dbcloud__subcmd__auth__subcmd__login"
                ;;
            dbcloud__subcmd__auth,status)
                cmd="dbcloud__subcmd__auth__subcmd__status"
                ;;
            dbcloud__subcmd__auth__subcmd__help,help)
                cmd="dbcloud__subcmd__auth__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__auth__subcmd__help,login)
                cmd="dbcloud__subcmd__auth__subcmd__help__subcmd__login"
                ;;
            dbcloud__subcmd__auth__subcmd__help,status)
                cmd="dbcloud__subcmd__auth__subcmd__help__subcmd__status"
                ;;
            dbcloud__subcmd__ch,activity)
                cmd="dbcloud__subcmd__ch__subcmd__activity"
                ;;
            dbcloud__subcmd__ch,backup)
                cmd="dbcloud__subcmd__ch__subcmd__backup"
                ;;
            dbcloud__subcmd__ch,help)
                cmd="dbcloud__subcmd__ch__subcmd__help"
                ;;
            dbcloud__subcmd__ch,invitation)
                cmd="dbcloud__subcmd__ch__subcmd__invitation"
                ;;
            dbcloud__subcmd__ch,key)
                cmd="dbcloud__subcmd__ch__subcmd__key"
                ;;
            dbcloud__subcmd__ch,member)
                cmd="dbcloud__subcmd__ch__subcmd__member"
                ;;
            dbcloud__subcmd__ch,org)
                cmd="dbcloud__subcmd__ch__subcmd__org"
                ;;
            dbcloud__subcmd__ch,service)
                cmd="dbcloud__subcmd__ch__subcmd__service"
                ;;
            dbcloud__subcmd__ch__subcmd__activity,get)
                cmd="dbcloud__subcmd__ch__subcmd__activity__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__activity,help)
                cmd="dbcloud__subcmd__ch__subcmd__activity__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__activity,list)
                cmd="dbcloud__subcmd__ch__subcmd__activity__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__activity__subcmd__help,get)
                cmd="dbcloud__subcmd__ch__subcmd__activity__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__activity__subcmd__help,help)
                cmd="dbcloud__subcmd__ch__subcmd__activity__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__activity__subcmd__help,list)
                cmd="dbcloud__subcmd__ch__subcmd__activity__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__backup,get)
                cmd="dbcloud__subcmd__ch__subcmd__backup__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__backup,help)
                cmd="dbcloud__subcmd__ch__subcmd__backup__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__backup,list)
                cmd="dbcloud__subcmd__ch__subcmd__backup__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__backup__subcmd__help,get)
                cmd="dbcloud__subcmd__ch__subcmd__backup__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__backup__subcmd__help,help)
                cmd="dbcloud__subcmd__ch__subcmd__backup__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__backup__subcmd__help,list)
                cmd="dbcloud__subcmd__ch__subcmd__backup__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__help,activity)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__activity"
                ;;
            dbcloud__subcmd__ch__subcmd__help,backup)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__backup"
                ;;
            dbcloud__subcmd__ch__subcmd__help,help)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__help,invitation)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__invitation"
                ;;
            dbcloud__subcmd__ch__subcmd__help,key)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__key"
                ;;
            dbcloud__subcmd__ch__subcmd__help,member)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__member"
                ;;
            dbcloud__subcmd__ch__subcmd__help,org)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__org"
                ;;
            dbcloud__subcmd__ch__subcmd__help,service)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__service"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__activity,get)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__activity__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__activity,list)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__activity__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__backup,get)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__backup__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__backup,list)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__backup__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__invitation,create)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__create"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__invitation,delete)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__delete"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__invitation,get)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__invitation,list)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__key,create)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__create"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__key,delete)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__delete"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__key,get)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__key,list)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__key,update)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__update"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__member,get)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__member,list)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__member,remove)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__remove"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__member,update)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__update"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__org,get)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__org,list)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__org,private-endpoint-config)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__private__subcmd__endpoint__subcmd__config"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__org,update)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__update"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__service,create)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__create"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__service,delete)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__delete"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__service,get)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__service,list)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__service,metrics)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__metrics"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__service,private-endpoint-config)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__private__subcmd__endpoint__subcmd__config"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__service,reset-password)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__reset__subcmd__password"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__service,scale)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__scale"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__service,start)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__start"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__service,stop)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__stop"
                ;;
            dbcloud__subcmd__ch__subcmd__help__subcmd__service,update)
                cmd="dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__update"
                ;;
            dbcloud__subcmd__ch__subcmd__invitation,create)
                cmd="dbcloud__subcmd__ch__subcmd__invitation__subcmd__create"
                ;;
            dbcloud__subcmd__ch__subcmd__invitation,delete)
                cmd="dbcloud__subcmd__ch__subcmd__invitation__subcmd__delete"
                ;;
            dbcloud__subcmd__ch__subcmd__invitation,get)
                cmd="dbcloud__subcmd__ch__subcmd__invitation__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__invitation,help)
                cmd="dbcloud__subcmd__ch__subcmd__invitation__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__invitation,list)
                cmd="dbcloud__subcmd__ch__subcmd__invitation__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__invitation__subcmd__help,create)
                cmd="dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__create"
                ;;
            dbcloud__subcmd__ch__subcmd__invitation__subcmd__help,delete)
                cmd="dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__delete"
                ;;
            dbcloud__subcmd__ch__subcmd__invitation__subcmd__help,get)
                cmd="dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__invitation__subcmd__help,help)
                cmd="dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__invitation__subcmd__help,list)
                cmd="dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__key,create)
                cmd="dbcloud__subcmd__ch__subcmd__key__subcmd__create"
                ;;
            dbcloud__subcmd__ch__subcmd__key,delete)
                cmd="dbcloud__subcmd__ch__subcmd__key__subcmd__delete"
                ;;
            dbcloud__subcmd__ch__subcmd__key,get)
                cmd="dbcloud__subcmd__ch__subcmd__key__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__key,help)
                cmd="dbcloud__subcmd__ch__subcmd__key__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__key,list)
                cmd="dbcloud__subcmd__ch__subcmd__key__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__key,update)
                cmd="dbcloud__subcmd__ch__subcmd__key__subcmd__update"
                ;;
            dbcloud__subcmd__ch__subcmd__key__subcmd__help,create)
                cmd="dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__create"
                ;;
            dbcloud__subcmd__ch__subcmd__key__subcmd__help,delete)
                cmd="dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__delete"
                ;;
            dbcloud__subcmd__ch__subcmd__key__subcmd__help,get)
                cmd="dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__key__subcmd__help,help)
                cmd="dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__key__subcmd__help,list)
                cmd="dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__key__subcmd__help,update)
                cmd="dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__update"
                ;;
            dbcloud__subcmd__ch__subcmd__member,get)
                cmd="dbcloud__subcmd__ch__subcmd__member__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__member,help)
                cmd="dbcloud__subcmd__ch__subcmd__member__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__member,list)
                cmd="dbcloud__subcmd__ch__subcmd__member__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__member,remove)
                cmd="dbcloud__subcmd__ch__subcmd__member__subcmd__remove"
                ;;
            dbcloud__subcmd__ch__subcmd__member,update)
                cmd="dbcloud__subcmd__ch__subcmd__member__subcmd__update"
                ;;
            dbcloud__subcmd__ch__subcmd__member__subcmd__help,get)
                cmd="dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__member__subcmd__help,help)
                cmd="dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__member__subcmd__help,list)
                cmd="dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__member__subcmd__help,remove)
                cmd="dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__remove"
                ;;
            dbcloud__subcmd__ch__subcmd__member__subcmd__help,update)
                cmd="dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__update"
                ;;
            dbcloud__subcmd__ch__subcmd__org,get)
                cmd="dbcloud__subcmd__ch__subcmd__org__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__org,help)
                cmd="dbcloud__subcmd__ch__subcmd__org__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__org,list)
                cmd="dbcloud__subcmd__ch__subcmd__org__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__org,private-endpoint-config)
                cmd="dbcloud__subcmd__ch__subcmd__org__subcmd__private__subcmd__endpoint__subcmd__config"
                ;;
            dbcloud__subcmd__ch__subcmd__org,update)
                cmd="dbcloud__subcmd__ch__subcmd__org__subcmd__update"
                ;;
            dbcloud__subcmd__ch__subcmd__org__subcmd__help,get)
                cmd="dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__org__subcmd__help,help)
                cmd="dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__org__subcmd__help,list)
                cmd="dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__org__subcmd__help,private-endpoint-config)
                cmd="dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__config"
                ;;
            dbcloud__subcmd__ch__subcmd__org__subcmd__help,update)
                cmd="dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__update"
                ;;
            dbcloud__subcmd__ch__subcmd__service,create)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__create"
                ;;
            dbcloud__subcmd__ch__subcmd__service,delete)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__delete"
                ;;
            dbcloud__subcmd__ch__subcmd__service,get)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__service,help)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__service,list)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__service,metrics)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__metrics"
                ;;
            dbcloud__subcmd__ch__subcmd__service,private-endpoint-config)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__private__subcmd__endpoint__subcmd__config"
                ;;
            dbcloud__subcmd__ch__subcmd__service,reset-password)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__reset__subcmd__password"
                ;;
            dbcloud__subcmd__ch__subcmd__service,scale)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__scale"
                ;;
            dbcloud__subcmd__ch__subcmd__service,start)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__start"
                ;;
            dbcloud__subcmd__ch__subcmd__service,stop)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__stop"
                ;;
            dbcloud__subcmd__ch__subcmd__service,update)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__update"
                ;;
            dbcloud__subcmd__ch__subcmd__service__subcmd__help,create)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__create"
                ;;
            dbcloud__subcmd__ch__subcmd__service__subcmd__help,delete)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__delete"
                ;;
            dbcloud__subcmd__ch__subcmd__service__subcmd__help,get)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__ch__subcmd__service__subcmd__help,help)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__ch__subcmd__service__subcmd__help,list)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__ch__subcmd__service__subcmd__help,metrics)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__metrics"
                ;;
            dbcloud__subcmd__ch__subcmd__service__subcmd__help,private-endpoint-config)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__config"
                ;;
            dbcloud__subcmd__ch__subcmd__service__subcmd__help,reset-password)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__reset__subcmd__password"
                ;;
            dbcloud__subcmd__ch__subcmd__service__subcmd__help,scale)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__scale"
                ;;
            dbcloud__subcmd__ch__subcmd__service__subcmd__help,start)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__start"
                ;;
            dbcloud__subcmd__ch__subcmd__service__subcmd__help,stop)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__stop"
                ;;
            dbcloud__subcmd__ch__subcmd__service__subcmd__help,update)
                cmd="dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__update"
                ;;
            dbcloud__subcmd__crdb,allowlist)
                cmd="dbcloud__subcmd__crdb__subcmd__allowlist"
                ;;
            dbcloud__subcmd__crdb,api-key)
                cmd="dbcloud__subcmd__crdb__subcmd__api__subcmd__key"
                ;;
            dbcloud__subcmd__crdb,audit-log)
                cmd="dbcloud__subcmd__crdb__subcmd__audit__subcmd__log"
                ;;
            dbcloud__subcmd__crdb,backup)
                cmd="dbcloud__subcmd__crdb__subcmd__backup"
                ;;
            dbcloud__subcmd__crdb,cluster)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster"
                ;;
            dbcloud__subcmd__crdb,cmek)
                cmd="dbcloud__subcmd__crdb__subcmd__cmek"
                ;;
            dbcloud__subcmd__crdb,database)
                cmd="dbcloud__subcmd__crdb__subcmd__database"
                ;;
            dbcloud__subcmd__crdb,egress-rule)
                cmd="dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule"
                ;;
            dbcloud__subcmd__crdb,folder)
                cmd="dbcloud__subcmd__crdb__subcmd__folder"
                ;;
            dbcloud__subcmd__crdb,help)
                cmd="dbcloud__subcmd__crdb__subcmd__help"
                ;;
            dbcloud__subcmd__crdb,invoice)
                cmd="dbcloud__subcmd__crdb__subcmd__invoice"
                ;;
            dbcloud__subcmd__crdb,jwt-issuer)
                cmd="dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer"
                ;;
            dbcloud__subcmd__crdb,log-export)
                cmd="dbcloud__subcmd__crdb__subcmd__log__subcmd__export"
                ;;
            dbcloud__subcmd__crdb,maintenance-window)
                cmd="dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window"
                ;;
            dbcloud__subcmd__crdb,metric-export)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export"
                ;;
            dbcloud__subcmd__crdb,org)
                cmd="dbcloud__subcmd__crdb__subcmd__org"
                ;;
            dbcloud__subcmd__crdb,private-endpoint)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint"
                ;;
            dbcloud__subcmd__crdb,regions)
                cmd="dbcloud__subcmd__crdb__subcmd__regions"
                ;;
            dbcloud__subcmd__crdb,restore)
                cmd="dbcloud__subcmd__crdb__subcmd__restore"
                ;;
            dbcloud__subcmd__crdb,role)
                cmd="dbcloud__subcmd__crdb__subcmd__role"
                ;;
            dbcloud__subcmd__crdb,service-account)
                cmd="dbcloud__subcmd__crdb__subcmd__service__subcmd__account"
                ;;
            dbcloud__subcmd__crdb,sql-user)
                cmd="dbcloud__subcmd__crdb__subcmd__sql__subcmd__user"
                ;;
            dbcloud__subcmd__crdb,user)
                cmd="dbcloud__subcmd__crdb__subcmd__user"
                ;;
            dbcloud__subcmd__crdb,version-deferral)
                cmd="dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral"
                ;;
            dbcloud__subcmd__crdb,versions)
                cmd="dbcloud__subcmd__crdb__subcmd__versions"
                ;;
            dbcloud__subcmd__crdb__subcmd__allowlist,add)
                cmd="dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__add"
                ;;
            dbcloud__subcmd__crdb__subcmd__allowlist,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__allowlist,help)
                cmd="dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__allowlist,list)
                cmd="dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__allowlist,update)
                cmd="dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help,add)
                cmd="dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__add"
                ;;
            dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help,update)
                cmd="dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__api__subcmd__key,create)
                cmd="dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__api__subcmd__key,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__api__subcmd__key,get)
                cmd="dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__api__subcmd__key,help)
                cmd="dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__api__subcmd__key,list)
                cmd="dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__api__subcmd__key,update)
                cmd="dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help,create)
                cmd="dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help,update)
                cmd="dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__audit__subcmd__log,help)
                cmd="dbcloud__subcmd__crdb__subcmd__audit__subcmd__log__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__audit__subcmd__log,list)
                cmd="dbcloud__subcmd__crdb__subcmd__audit__subcmd__log__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__audit__subcmd__log__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__audit__subcmd__log__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__audit__subcmd__log__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__audit__subcmd__log__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__backup,config)
                cmd="dbcloud__subcmd__crdb__subcmd__backup__subcmd__config"
                ;;
            dbcloud__subcmd__crdb__subcmd__backup,help)
                cmd="dbcloud__subcmd__crdb__subcmd__backup__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__backup,list)
                cmd="dbcloud__subcmd__crdb__subcmd__backup__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__backup__subcmd__config,get)
                cmd="dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__backup__subcmd__config,help)
                cmd="dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__backup__subcmd__config,update)
                cmd="dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help,update)
                cmd="dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__backup__subcmd__help,config)
                cmd="dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config"
                ;;
            dbcloud__subcmd__crdb__subcmd__backup__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__backup__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config,get)
                cmd="dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config,update)
                cmd="dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster,connection-string)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__connection__subcmd__string"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster,create)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster,get)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster,help)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster,list)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster,nodes)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__nodes"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster,update)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help,connection-string)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__connection__subcmd__string"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help,create)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help,nodes)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__nodes"
                ;;
            dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help,update)
                cmd="dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__cmek,enable)
                cmd="dbcloud__subcmd__crdb__subcmd__cmek__subcmd__enable"
                ;;
            dbcloud__subcmd__crdb__subcmd__cmek,get)
                cmd="dbcloud__subcmd__crdb__subcmd__cmek__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__cmek,help)
                cmd="dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__cmek,revoke)
                cmd="dbcloud__subcmd__crdb__subcmd__cmek__subcmd__revoke"
                ;;
            dbcloud__subcmd__crdb__subcmd__cmek,rotate)
                cmd="dbcloud__subcmd__crdb__subcmd__cmek__subcmd__rotate"
                ;;
            dbcloud__subcmd__crdb__subcmd__cmek,update)
                cmd="dbcloud__subcmd__crdb__subcmd__cmek__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help,enable)
                cmd="dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__enable"
                ;;
            dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help,revoke)
                cmd="dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__revoke"
                ;;
            dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help,rotate)
                cmd="dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__rotate"
                ;;
            dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help,update)
                cmd="dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__database,create)
                cmd="dbcloud__subcmd__crdb__subcmd__database__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__database,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__database__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__database,help)
                cmd="dbcloud__subcmd__crdb__subcmd__database__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__database,list)
                cmd="dbcloud__subcmd__crdb__subcmd__database__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__database,rename)
                cmd="dbcloud__subcmd__crdb__subcmd__database__subcmd__rename"
                ;;
            dbcloud__subcmd__crdb__subcmd__database__subcmd__help,create)
                cmd="dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__database__subcmd__help,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__database__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__database__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__database__subcmd__help,rename)
                cmd="dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__rename"
                ;;
            dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule,add)
                cmd="dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__add"
                ;;
            dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule,get)
                cmd="dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule,help)
                cmd="dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule,list)
                cmd="dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule,update)
                cmd="dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help,add)
                cmd="dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help__subcmd__add"
                ;;
            dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help,update)
                cmd="dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__folder,contents)
                cmd="dbcloud__subcmd__crdb__subcmd__folder__subcmd__contents"
                ;;
            dbcloud__subcmd__crdb__subcmd__folder,create)
                cmd="dbcloud__subcmd__crdb__subcmd__folder__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__folder,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__folder__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__folder,get)
                cmd="dbcloud__subcmd__crdb__subcmd__folder__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__folder,help)
                cmd="dbcloud__subcmd__crdb__subcmd__folder__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__folder,list)
                cmd="dbcloud__subcmd__crdb__subcmd__folder__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__folder,update)
                cmd="dbcloud__subcmd__crdb__subcmd__folder__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__folder__subcmd__help,contents)
                cmd="dbcloud__subcmd__crdb__subcmd__folder__subcmd__help__subcmd__contents"
                ;;
            dbcloud__subcmd__crdb__subcmd__folder__subcmd__help,create)
                cmd="dbcloud__subcmd__crdb__subcmd__folder__subcmd__help__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__folder__subcmd__help,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__folder__subcmd__help__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__folder__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__folder__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__folder__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__folder__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__folder__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__folder__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__folder__subcmd__help,update)
                cmd="dbcloud__subcmd__crdb__subcmd__folder__subcmd__help__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,allowlist)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,api-key)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,audit-log)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__audit__subcmd__log"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,backup)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__backup"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,cluster)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,cmek)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,database)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__database"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,egress-rule)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,folder)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__folder"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,invoice)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__invoice"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,jwt-issuer)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,log-export)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__log__subcmd__export"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,maintenance-window)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance__subcmd__window"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,metric-export)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,org)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__org"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,private-endpoint)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,regions)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__regions"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,restore)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__restore"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,role)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__role"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,service-account)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,sql-user)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__sql__subcmd__user"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,user)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__user"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,version-deferral)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__version__subcmd__deferral"
                ;;
            dbcloud__subcmd__crdb__subcmd__help,versions)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__versions"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist,add)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__add"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist,update)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key,create)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key,update)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__audit__subcmd__log,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__audit__subcmd__log__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__backup,config)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__backup,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config,update)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster,connection-string)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__connection__subcmd__string"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster,create)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster,nodes)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__nodes"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster,update)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek,enable)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__enable"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek,revoke)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__revoke"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek,rotate)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__rotate"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek,update)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__database,create)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__database,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__database,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__database,rename)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__rename"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule,add)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule__subcmd__add"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule,update)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__folder,contents)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__folder__subcmd__contents"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__folder,create)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__folder__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__folder,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__folder__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__folder,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__folder__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__folder,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__folder__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__folder,update)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__folder__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__invoice,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__invoice__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__invoice,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__invoice__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer,add)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer__subcmd__add"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer,update)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__log__subcmd__export,disable)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__log__subcmd__export__subcmd__disable"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__log__subcmd__export,enable)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__log__subcmd__export__subcmd__enable"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__log__subcmd__export,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__log__subcmd__export__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance__subcmd__window,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance__subcmd__window__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance__subcmd__window,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance__subcmd__window__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance__subcmd__window,set)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance__subcmd__window__subcmd__set"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export,disable)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__disable"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export,enable)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__enable"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__enable,cloudwatch)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__enable__subcmd__cloudwatch"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__enable,datadog)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__enable__subcmd__datadog"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__enable,prometheus)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__enable__subcmd__prometheus"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__org,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__org__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint,connection)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__connection"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint,service)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__service"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__connection,add)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__add"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__connection,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__connection,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__service,create)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__service,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__restore,create)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__restore__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__restore,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__restore__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__restore,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__restore__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__role,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__role__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__role,grant)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__role__subcmd__grant"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__role,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__role__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__role,revoke)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__role__subcmd__revoke"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__role,set)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__role__subcmd__set"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account,create)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account,update)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__sql__subcmd__user,create)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__sql__subcmd__user__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__sql__subcmd__user,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__sql__subcmd__user__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__sql__subcmd__user,list)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__sql__subcmd__user__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__sql__subcmd__user,set-password)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__sql__subcmd__user__subcmd__set__subcmd__password"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__user,find)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__user__subcmd__find"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__version__subcmd__deferral,get)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__version__subcmd__deferral__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__help__subcmd__version__subcmd__deferral,set)
                cmd="dbcloud__subcmd__crdb__subcmd__help__subcmd__version__subcmd__deferral__subcmd__set"
                ;;
            dbcloud__subcmd__crdb__subcmd__invoice,get)
                cmd="dbcloud__subcmd__crdb__subcmd__invoice__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__invoice,help)
                cmd="dbcloud__subcmd__crdb__subcmd__invoice__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__invoice,list)
                cmd="dbcloud__subcmd__crdb__subcmd__invoice__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__invoice__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__invoice__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__invoice__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__invoice__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__invoice__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__invoice__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer,add)
                cmd="dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__add"
                ;;
            dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer,get)
                cmd="dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer,help)
                cmd="dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer,list)
                cmd="dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer,update)
                cmd="dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help,add)
                cmd="dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help__subcmd__add"
                ;;
            dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help,update)
                cmd="dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__log__subcmd__export,disable)
                cmd="dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__disable"
                ;;
            dbcloud__subcmd__crdb__subcmd__log__subcmd__export,enable)
                cmd="dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__enable"
                ;;
            dbcloud__subcmd__crdb__subcmd__log__subcmd__export,get)
                cmd="dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__log__subcmd__export,help)
                cmd="dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__help,disable)
                cmd="dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__help__subcmd__disable"
                ;;
            dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__help,enable)
                cmd="dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__help__subcmd__enable"
                ;;
            dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window,get)
                cmd="dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window,help)
                cmd="dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window,set)
                cmd="dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__set"
                ;;
            dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__help,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__help__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__help,set)
                cmd="dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__help__subcmd__set"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export,disable)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__disable"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export,enable)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export,get)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export,help)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable,cloudwatch)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__cloudwatch"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable,datadog)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__datadog"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable,help)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable,prometheus)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__prometheus"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__help,cloudwatch)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__help__subcmd__cloudwatch"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__help,datadog)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__help__subcmd__datadog"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__help,prometheus)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__help__subcmd__prometheus"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help,disable)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__disable"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help,enable)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__enable"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__enable,cloudwatch)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__enable__subcmd__cloudwatch"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__enable,datadog)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__enable__subcmd__datadog"
                ;;
            dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__enable,prometheus)
                cmd="dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__enable__subcmd__prometheus"
                ;;
            dbcloud__subcmd__crdb__subcmd__org,get)
                cmd="dbcloud__subcmd__crdb__subcmd__org__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__org,help)
                cmd="dbcloud__subcmd__crdb__subcmd__org__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__org__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__org__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__org__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__org__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint,connection)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint,help)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint,service)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection,add)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__add"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection,help)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection,list)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__help,add)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__help__subcmd__add"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__help,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__help__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help,connection)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__connection"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help,service)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__service"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__connection,add)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__connection__subcmd__add"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__connection,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__connection__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__connection,list)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__connection__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__service,create)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__service__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__service,list)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__service__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service,create)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service,help)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service,list)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__help,create)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__help__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__restore,create)
                cmd="dbcloud__subcmd__crdb__subcmd__restore__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__restore,get)
                cmd="dbcloud__subcmd__crdb__subcmd__restore__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__restore,help)
                cmd="dbcloud__subcmd__crdb__subcmd__restore__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__restore,list)
                cmd="dbcloud__subcmd__crdb__subcmd__restore__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__restore__subcmd__help,create)
                cmd="dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__restore__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__restore__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__restore__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__role,get)
                cmd="dbcloud__subcmd__crdb__subcmd__role__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__role,grant)
                cmd="dbcloud__subcmd__crdb__subcmd__role__subcmd__grant"
                ;;
            dbcloud__subcmd__crdb__subcmd__role,help)
                cmd="dbcloud__subcmd__crdb__subcmd__role__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__role,list)
                cmd="dbcloud__subcmd__crdb__subcmd__role__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__role,revoke)
                cmd="dbcloud__subcmd__crdb__subcmd__role__subcmd__revoke"
                ;;
            dbcloud__subcmd__crdb__subcmd__role,set)
                cmd="dbcloud__subcmd__crdb__subcmd__role__subcmd__set"
                ;;
            dbcloud__subcmd__crdb__subcmd__role__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__role__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__role__subcmd__help,grant)
                cmd="dbcloud__subcmd__crdb__subcmd__role__subcmd__help__subcmd__grant"
                ;;
            dbcloud__subcmd__crdb__subcmd__role__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__role__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__role__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__role__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__role__subcmd__help,revoke)
                cmd="dbcloud__subcmd__crdb__subcmd__role__subcmd__help__subcmd__revoke"
                ;;
            dbcloud__subcmd__crdb__subcmd__role__subcmd__help,set)
                cmd="dbcloud__subcmd__crdb__subcmd__role__subcmd__help__subcmd__set"
                ;;
            dbcloud__subcmd__crdb__subcmd__service__subcmd__account,create)
                cmd="dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__service__subcmd__account,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__service__subcmd__account,get)
                cmd="dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__service__subcmd__account,help)
                cmd="dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__service__subcmd__account,list)
                cmd="dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__service__subcmd__account,update)
                cmd="dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help,create)
                cmd="dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help,update)
                cmd="dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help__subcmd__update"
                ;;
            dbcloud__subcmd__crdb__subcmd__sql__subcmd__user,create)
                cmd="dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__sql__subcmd__user,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__sql__subcmd__user,help)
                cmd="dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__sql__subcmd__user,list)
                cmd="dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__sql__subcmd__user,set-password)
                cmd="dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__set__subcmd__password"
                ;;
            dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help,create)
                cmd="dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help__subcmd__create"
                ;;
            dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help,delete)
                cmd="dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help__subcmd__delete"
                ;;
            dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help,list)
                cmd="dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help,set-password)
                cmd="dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help__subcmd__set__subcmd__password"
                ;;
            dbcloud__subcmd__crdb__subcmd__user,find)
                cmd="dbcloud__subcmd__crdb__subcmd__user__subcmd__find"
                ;;
            dbcloud__subcmd__crdb__subcmd__user,help)
                cmd="dbcloud__subcmd__crdb__subcmd__user__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__user__subcmd__help,find)
                cmd="dbcloud__subcmd__crdb__subcmd__user__subcmd__help__subcmd__find"
                ;;
            dbcloud__subcmd__crdb__subcmd__user__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__user__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral,get)
                cmd="dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral,help)
                cmd="dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral,set)
                cmd="dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__set"
                ;;
            dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__help,get)
                cmd="dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__help__subcmd__get"
                ;;
            dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__help,help)
                cmd="dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__help,set)
                cmd="dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__help__subcmd__set"
                ;;
            dbcloud__subcmd__emulator,help)
                cmd="dbcloud__subcmd__emulator__subcmd__help"
                ;;
            dbcloud__subcmd__emulator,reset)
                cmd="dbcloud__subcmd__emulator__subcmd__reset"
                ;;
            dbcloud__subcmd__emulator,serve)
                cmd="dbcloud__subcmd__emulator__subcmd__serve"
                ;;
            dbcloud__subcmd__emulator__subcmd__help,help)
                cmd="dbcloud__subcmd__emulator__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__emulator__subcmd__help,reset)
                cmd="dbcloud__subcmd__emulator__subcmd__help__subcmd__reset"
                ;;
            dbcloud__subcmd__emulator__subcmd__help,serve)
                cmd="dbcloud__subcmd__emulator__subcmd__help__subcmd__serve"
                ;;
            dbcloud__subcmd__help,api)
                cmd="dbcloud__subcmd__help__subcmd__api"
                ;;
            dbcloud__subcmd__help,auth)
                cmd="dbcloud__subcmd__help__subcmd__auth"
                ;;
            dbcloud__subcmd__help,ch)
                cmd="dbcloud__subcmd__help__subcmd__ch"
                ;;
            dbcloud__subcmd__help,completions)
                cmd="dbcloud__subcmd__help__subcmd__completions"
                ;;
            dbcloud__subcmd__help,crdb)
                cmd="dbcloud__subcmd__help__subcmd__crdb"
                ;;
            dbcloud__subcmd__help,emulator)
                cmd="dbcloud__subcmd__help__subcmd__emulator"
                ;;
            dbcloud__subcmd__help,help)
                cmd="dbcloud__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__help,ls)
                cmd="dbcloud__subcmd__help__subcmd__ls"
                ;;
            dbcloud__subcmd__help,profile)
                cmd="dbcloud__subcmd__help__subcmd__profile"
                ;;
            dbcloud__subcmd__help__subcmd__auth,login)
                cmd="dbcloud__subcmd__help__subcmd__auth__subcmd__login"
                ;;
            dbcloud__subcmd__help__subcmd__auth,status)
                cmd="dbcloud__subcmd__help__subcmd__auth__subcmd__status"
                ;;
            dbcloud__subcmd__help__subcmd__ch,activity)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__activity"
                ;;
            dbcloud__subcmd__help__subcmd__ch,backup)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__backup"
                ;;
            dbcloud__subcmd__help__subcmd__ch,invitation)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__invitation"
                ;;
            dbcloud__subcmd__help__subcmd__ch,key)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__key"
                ;;
            dbcloud__subcmd__help__subcmd__ch,member)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__member"
                ;;
            dbcloud__subcmd__help__subcmd__ch,org)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__org"
                ;;
            dbcloud__subcmd__help__subcmd__ch,service)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__service"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__activity,get)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__activity__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__activity,list)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__activity__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__backup,get)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__backup__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__backup,list)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__backup__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__invitation,create)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__create"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__invitation,delete)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__delete"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__invitation,get)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__invitation,list)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__key,create)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__create"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__key,delete)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__delete"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__key,get)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__key,list)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__key,update)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__update"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__member,get)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__member,list)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__member,remove)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__remove"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__member,update)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__update"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__org,get)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__org,list)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__org,private-endpoint-config)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__private__subcmd__endpoint__subcmd__config"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__org,update)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__update"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__service,create)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__create"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__service,delete)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__delete"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__service,get)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__service,list)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__service,metrics)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__metrics"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__service,private-endpoint-config)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__private__subcmd__endpoint__subcmd__config"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__service,reset-password)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__reset__subcmd__password"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__service,scale)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__scale"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__service,start)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__start"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__service,stop)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__stop"
                ;;
            dbcloud__subcmd__help__subcmd__ch__subcmd__service,update)
                cmd="dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__update"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,allowlist)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,api-key)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,audit-log)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__audit__subcmd__log"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,backup)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__backup"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,cluster)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,cmek)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,database)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__database"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,egress-rule)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,folder)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__folder"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,invoice)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__invoice"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,jwt-issuer)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,log-export)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__log__subcmd__export"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,maintenance-window)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance__subcmd__window"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,metric-export)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,org)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__org"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,private-endpoint)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,regions)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__regions"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,restore)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__restore"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,role)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__role"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,service-account)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,sql-user)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__sql__subcmd__user"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,user)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__user"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,version-deferral)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__version__subcmd__deferral"
                ;;
            dbcloud__subcmd__help__subcmd__crdb,versions)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__versions"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist,add)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__add"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist,delete)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__delete"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist,update)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__update"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key,create)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key__subcmd__create"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key,delete)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key__subcmd__delete"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key,update)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key__subcmd__update"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__audit__subcmd__log,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__audit__subcmd__log__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__backup,config)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__backup,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config,update)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__update"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster,connection-string)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__connection__subcmd__string"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster,create)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__create"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster,delete)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__delete"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster,nodes)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__nodes"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster,update)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__update"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek,enable)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__enable"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek,revoke)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__revoke"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek,rotate)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__rotate"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek,update)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__update"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__database,create)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__create"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__database,delete)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__delete"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__database,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__database,rename)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__rename"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule,add)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__add"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule,delete)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__delete"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule,update)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__update"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__folder,contents)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__folder__subcmd__contents"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__folder,create)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__folder__subcmd__create"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__folder,delete)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__folder__subcmd__delete"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__folder,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__folder__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__folder,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__folder__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__folder,update)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__folder__subcmd__update"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__invoice,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__invoice__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__invoice,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__invoice__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer,add)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__add"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer,delete)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__delete"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer,update)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__update"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__log__subcmd__export,disable)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__log__subcmd__export__subcmd__disable"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__log__subcmd__export,enable)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__log__subcmd__export__subcmd__enable"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__log__subcmd__export,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__log__subcmd__export__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance__subcmd__window,delete)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__delete"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance__subcmd__window,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance__subcmd__window,set)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__set"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export,disable)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__disable"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export,enable)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable,cloudwatch)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__cloudwatch"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable,datadog)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__datadog"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable,prometheus)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__prometheus"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__org,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__org__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint,connection)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint,service)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection,add)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__add"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection,delete)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__delete"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service,create)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__create"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__restore,create)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__restore__subcmd__create"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__restore,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__restore__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__restore,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__restore__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__role,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__role__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__role,grant)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__role__subcmd__grant"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__role,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__role__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__role,revoke)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__role__subcmd__revoke"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__role,set)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__role__subcmd__set"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account,create)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account__subcmd__create"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account,delete)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account__subcmd__delete"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account,update)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account__subcmd__update"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__sql__subcmd__user,create)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__create"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__sql__subcmd__user,delete)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__delete"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__sql__subcmd__user,list)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__sql__subcmd__user,set-password)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__set__subcmd__password"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__user,find)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__user__subcmd__find"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__version__subcmd__deferral,get)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__get"
                ;;
            dbcloud__subcmd__help__subcmd__crdb__subcmd__version__subcmd__deferral,set)
                cmd="dbcloud__subcmd__help__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__set"
                ;;
            dbcloud__subcmd__help__subcmd__emulator,reset)
                cmd="dbcloud__subcmd__help__subcmd__emulator__subcmd__reset"
                ;;
            dbcloud__subcmd__help__subcmd__emulator,serve)
                cmd="dbcloud__subcmd__help__subcmd__emulator__subcmd__serve"
                ;;
            dbcloud__subcmd__help__subcmd__profile,list)
                cmd="dbcloud__subcmd__help__subcmd__profile__subcmd__list"
                ;;
            dbcloud__subcmd__help__subcmd__profile,remove)
                cmd="dbcloud__subcmd__help__subcmd__profile__subcmd__remove"
                ;;
            dbcloud__subcmd__help__subcmd__profile,set)
                cmd="dbcloud__subcmd__help__subcmd__profile__subcmd__set"
                ;;
            dbcloud__subcmd__help__subcmd__profile,show)
                cmd="dbcloud__subcmd__help__subcmd__profile__subcmd__show"
                ;;
            dbcloud__subcmd__help__subcmd__profile,use)
                cmd="dbcloud__subcmd__help__subcmd__profile__subcmd__use"
                ;;
            dbcloud__subcmd__profile,help)
                cmd="dbcloud__subcmd__profile__subcmd__help"
                ;;
            dbcloud__subcmd__profile,list)
                cmd="dbcloud__subcmd__profile__subcmd__list"
                ;;
            dbcloud__subcmd__profile,remove)
                cmd="dbcloud__subcmd__profile__subcmd__remove"
                ;;
            dbcloud__subcmd__profile,set)
                cmd="dbcloud__subcmd__profile__subcmd__set"
                ;;
            dbcloud__subcmd__profile,show)
                cmd="dbcloud__subcmd__profile__subcmd__show"
                ;;
            dbcloud__subcmd__profile,use)
                cmd="dbcloud__subcmd__profile__subcmd__use"
                ;;
            dbcloud__subcmd__profile__subcmd__help,help)
                cmd="dbcloud__subcmd__profile__subcmd__help__subcmd__help"
                ;;
            dbcloud__subcmd__profile__subcmd__help,list)
                cmd="dbcloud__subcmd__profile__subcmd__help__subcmd__list"
                ;;
            dbcloud__subcmd__profile__subcmd__help,remove)
                cmd="dbcloud__subcmd__profile__subcmd__help__subcmd__remove"
                ;;
            dbcloud__subcmd__profile__subcmd__help,set)
                cmd="dbcloud__subcmd__profile__subcmd__help__subcmd__set"
                ;;
            dbcloud__subcmd__profile__subcmd__help,show)
                cmd="dbcloud__subcmd__profile__subcmd__help__subcmd__show"
                ;;
            dbcloud__subcmd__profile__subcmd__help,use)
                cmd="dbcloud__subcmd__profile__subcmd__help__subcmd__use"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        dbcloud)
            opts="-p -o -q -y -v -h -V --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version ch clickhouse crdb cockroach ls status auth profile api emulator completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__api)
            opts="-d -F -p -o -q -y -v -h -V --data --query --paginate --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version clickhouse cockroach"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -F)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__auth)
            opts="-p -o -q -y -v -h -V --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version login status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__auth__subcmd__help)
            opts="login status help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__auth__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__auth__subcmd__help__subcmd__login)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__auth__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__auth__subcmd__login)
            opts="-p -o -q -y -v -h -V --provider --key-id --secret-stdin --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "clickhouse cockroach" -- "${cur}"))
                    return 0
                    ;;
                --key-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__auth__subcmd__status)
            opts="-p -o -q -y -v -h -V --check --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version org service backup key member invitation activity help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__activity)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list get help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__activity__subcmd__get)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__activity__subcmd__help)
            opts="list get help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__activity__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__activity__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__activity__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__activity__subcmd__list)
            opts="-p -o -q -y -v -h -V --from --to --limit --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --to)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__backup)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list get help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__backup__subcmd__get)
            opts="-s -p -o -q -y -v -h -V --service --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__backup__subcmd__help)
            opts="list get help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__backup__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__backup__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__backup__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__backup__subcmd__list)
            opts="-s -p -o -q -y -v -h -V --service --limit --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --service)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help)
            opts="org service backup key member invitation activity help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__activity)
            opts="list get"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__activity__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__activity__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__backup)
            opts="list get"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__backup__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__backup__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__invitation)
            opts="list create get delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__invitation__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__key)
            opts="list create get update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__key__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__member)
            opts="list get update remove"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__member__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__org)
            opts="list get update private-endpoint-config"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__private__subcmd__endpoint__subcmd__config)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__org__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__service)
            opts="list get create update delete private-endpoint-config start stop scale reset-password metrics"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__metrics)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__private__subcmd__endpoint__subcmd__config)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__reset__subcmd__password)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__scale)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__stop)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__help__subcmd__service__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__invitation)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list create get delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__invitation__subcmd__create)
            opts="-p -o -q -y -v -h -V --email --role --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --email)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --role)
                    COMPREPLY=($(compgen -W "admin developer" -- "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__invitation__subcmd__delete)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__invitation__subcmd__get)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__invitation__subcmd__help)
            opts="list create get delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__invitation__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__invitation__subcmd__list)
            opts="-p -o -q -y -v -h -V --limit --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__key)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list create get update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__key__subcmd__create)
            opts="-p -o -q -y -v -h -V --name --role --expires-at --disabled --save-as-profile --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --role)
                    COMPREPLY=($(compgen -W "admin developer" -- "${cur}"))
                    return 0
                    ;;
                --expires-at)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --save-as-profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__key__subcmd__delete)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__key__subcmd__get)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__key__subcmd__help)
            opts="list create get update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__key__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__key__subcmd__list)
            opts="-p -o -q -y -v -h -V --limit --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__key__subcmd__update)
            opts="-p -o -q -y -v -h -V --name --role --expires-at --enable --disable --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --role)
                    COMPREPLY=($(compgen -W "admin developer" -- "${cur}"))
                    return 0
                    ;;
                --expires-at)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__member)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list get update remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__member__subcmd__get)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__member__subcmd__help)
            opts="list get update remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__member__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__member__subcmd__list)
            opts="-p -o -q -y -v -h -V --limit --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__member__subcmd__remove)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__member__subcmd__update)
            opts="-p -o -q -y -v -h -V --role --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --role)
                    COMPREPLY=($(compgen -W "admin developer" -- "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__org)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list get update private-endpoint-config help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__org__subcmd__get)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__org__subcmd__help)
            opts="list get update private-endpoint-config help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__config)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__org__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__org__subcmd__list)
            opts="-p -o -q -y -v -h -V --limit --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__org__subcmd__private__subcmd__endpoint__subcmd__config)
            opts="-p -o -q -y -v -h -V --cloud-provider --region --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cloud-provider)
                    COMPREPLY=($(compgen -W "aws gcp azure" -- "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "ap-south-1 ap-southeast-1 eu-central-1 eu-west-1 eu-west-2 us-east-1 us-east-2 us-west-2 ap-southeast-2 ap-northeast-1 us-east1 us-central1 europe-west4 asia-southeast1 eastus eastus2 westus3 germanywestcentral" -- "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__org__subcmd__update)
            opts="-p -o -q -y -v -h -V --name --add-private-endpoint --remove-private-endpoint --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --add-private-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --remove-private-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list get create update delete private-endpoint-config start stop scale reset-password metrics help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__create)
            opts="-p -o -q -y -v -h -V --name --provider --region --tier --ip-allow --min-memory-gb --max-memory-gb --replicas --idle-scaling --idle-timeout-minutes --backup-id --encryption-key --encryption-role --private-endpoint --accept-private-preview-terms --password-file --wait --wait-timeout --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --provider)
                    COMPREPLY=($(compgen -W "aws gcp azure" -- "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "ap-south-1 ap-southeast-1 eu-central-1 eu-west-1 eu-west-2 us-east-1 us-east-2 us-west-2 ap-southeast-2 ap-northeast-1 us-east1 us-central1 europe-west4 asia-southeast1 eastus eastus2 westus3 germanywestcentral" -- "${cur}"))
                    return 0
                    ;;
                --tier)
                    COMPREPLY=($(compgen -W "development production dedicated_high_mem dedicated_high_cpu dedicated_standard" -- "${cur}"))
                    return 0
                    ;;
                --ip-allow)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-memory-gb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-memory-gb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --replicas)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idle-scaling)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --idle-timeout-minutes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backup-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --encryption-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --encryption-role)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --private-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__delete)
            opts="-p -o -q -y -v -h -V --force --wait --wait-timeout --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__get)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__help)
            opts="list get create update delete private-endpoint-config start stop scale reset-password metrics help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__metrics)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__config)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__reset__subcmd__password)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__scale)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__stop)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__list)
            opts="-p -o -q -y -v -h -V --limit --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__metrics)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__private__subcmd__endpoint__subcmd__config)
            opts="-p -o -q -y -v -h -V --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__reset__subcmd__password)
            opts="-p -o -q -y -v -h -V --password-stdin --mysql --password-file --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --password-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__scale)
            opts="-p -o -q -y -v -h -V --min-memory-gb --max-memory-gb --replicas --idle-scaling --idle-timeout-minutes --wait --wait-timeout --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --min-memory-gb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-memory-gb)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --replicas)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idle-scaling)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --idle-timeout-minutes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__start)
            opts="-p -o -q -y -v -h -V --wait --wait-timeout --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__stop)
            opts="-p -o -q -y -v -h -V --wait --wait-timeout --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ch__subcmd__service__subcmd__update)
            opts="-p -o -q -y -v -h -V --name --add-ip --remove-ip --add-private-endpoint --remove-private-endpoint --org --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --add-ip)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --remove-ip)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --add-private-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --remove-private-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --org)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__completions)
            opts="-p -o -q -y -v -h -V --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__allowlist)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list add update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__add)
            opts="-c -p -o -q -y -v -h -V --name --sql --ui --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --ui)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__delete)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help)
            opts="list add update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__list)
            opts="-c -p -o -q -y -v -h -V --limit --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__allowlist__subcmd__update)
            opts="-c -p -o -q -y -v -h -V --name --sql --ui --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --ui)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__api__subcmd__key)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list create get update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__create)
            opts="-p -o -q -y -v -h -V --name --service-account --save-as-profile --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --save-as-profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__delete)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__get)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help)
            opts="list create get update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__list)
            opts="-p -o -q -y -v -h -V --service-account --limit --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --service-account)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__api__subcmd__key__subcmd__update)
            opts="-p -o -q -y -v -h -V --name --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__audit__subcmd__log)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__audit__subcmd__log__subcmd__help)
            opts="list help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__audit__subcmd__log__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__audit__subcmd__log__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__audit__subcmd__log__subcmd__list)
            opts="-p -o -q -y -v -h -V --starting-from --sort-order --limit --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --starting-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sort-order)
                    COMPREPLY=($(compgen -W "ASC DESC" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list config help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup__subcmd__config)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version get update help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__get)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help)
            opts="get update help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__update)
            opts="-c -p -o -q -y -v -h -V --frequency-minutes --retention-days --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --frequency-minutes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retention-days)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup__subcmd__help)
            opts="list config help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config)
            opts="get update"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__config__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__backup__subcmd__list)
            opts="-c -p -o -q -y -v -h -V --start-time --end-time --limit --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --start-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --end-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list get create update delete connection-string nodes help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__connection__subcmd__string)
            opts="-p -o -q -y -v -h -V --database --sql-user --os --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --database)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sql-user)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --os)
                    COMPREPLY=($(compgen -W "mac linux windows" -- "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__create)
            opts="-p -o -q -y -v -h --provider --plan --region --spend-limit --vcpus --storage-gib --version --folder --wait --wait-timeout --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "gcp aws azure" -- "${cur}"))
                    return 0
                    ;;
                --plan)
                    COMPREPLY=($(compgen -W "serverless dedicated" -- "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spend-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vcpus)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage-gib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --version)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --folder)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__delete)
            opts="-p -o -q -y -v -h -V --wait --wait-timeout --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__get)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help)
            opts="list get create update delete connection-string nodes help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__connection__subcmd__string)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__nodes)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__list)
            opts="-p -o -q -y -v -h -V --limit --show-inactive --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__nodes)
            opts="-p -o -q -y -v -h -V --region --limit --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cluster__subcmd__update)
            opts="-p -o -q -y -v -h --region --vcpus --storage-gib --spend-limit --version --wait --wait-timeout --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --vcpus)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --storage-gib)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --spend-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --version)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cmek)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version get enable update rotate revoke help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cmek__subcmd__enable)
            opts="-c -p -o -q -y -v -h -V --spec-file --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --spec-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cmek__subcmd__get)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help)
            opts="get enable update rotate revoke help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__revoke)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__rotate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cmek__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cmek__subcmd__revoke)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cmek__subcmd__rotate)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__cmek__subcmd__update)
            opts="-c -p -o -q -y -v -h -V --spec-file --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --spec-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__database)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list create rename delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__database__subcmd__create)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__database__subcmd__delete)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__database__subcmd__help)
            opts="list create rename delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__database__subcmd__help__subcmd__rename)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__database__subcmd__list)
            opts="-c -p -o -q -y -v -h -V --limit --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__database__subcmd__rename)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list add get update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__add)
            opts="-c -p -o -q -y -v -h -V --name --destination --port --type --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --destination)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --type)
                    COMPREPLY=($(compgen -W "fqdn cidr" -- "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__delete)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__get)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help)
            opts="list add get update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__list)
            opts="-c -p -o -q -y -v -h -V --limit --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__update)
            opts="-c -p -o -q -y -v -h -V --name --destination --port --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --destination)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list create get update delete contents help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder__subcmd__contents)
            opts="-p -o -q -y -v -h -V --limit --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder__subcmd__create)
            opts="-p -o -q -y -v -h -V --parent --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --parent)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder__subcmd__delete)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder__subcmd__get)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder__subcmd__help)
            opts="list create get update delete contents help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder__subcmd__help__subcmd__contents)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder__subcmd__list)
            opts="-p -o -q -y -v -h -V --path --limit --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__folder__subcmd__update)
            opts="-p -o -q -y -v -h -V --name --parent --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --parent)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help)
            opts="org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist)
            opts="list add update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__allowlist__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key)
            opts="list create get update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__api__subcmd__key__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__audit__subcmd__log)
            opts="list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__audit__subcmd__log__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__backup)
            opts="list config"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config)
            opts="get update"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__config__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__backup__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster)
            opts="list get create update delete connection-string nodes"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__connection__subcmd__string)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__nodes)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__cluster__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek)
            opts="get enable update rotate revoke"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__revoke)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__rotate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__cmek__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__database)
            opts="list create rename delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__database__subcmd__rename)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule)
            opts="list add get update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__egress__subcmd__rule__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__folder)
            opts="list create get update delete contents"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__folder__subcmd__contents)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__folder__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__folder__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__folder__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__folder__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__folder__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__invoice)
            opts="list get"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__invoice__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__invoice__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer)
            opts="list add get update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__jwt__subcmd__issuer__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__log__subcmd__export)
            opts="get enable disable"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__log__subcmd__export__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__log__subcmd__export__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__log__subcmd__export__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance__subcmd__window)
            opts="get set delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance__subcmd__window__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance__subcmd__window__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__maintenance__subcmd__window__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export)
            opts="get enable disable"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__enable)
            opts="cloudwatch datadog prometheus"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__enable__subcmd__cloudwatch)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__enable__subcmd__datadog)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__enable__subcmd__prometheus)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__metric__subcmd__export__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__org)
            opts="get"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__org__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint)
            opts="service connection"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__connection)
            opts="list add delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__service)
            opts="list create"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__regions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__restore)
            opts="list create get"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__restore__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__restore__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__restore__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__role)
            opts="list get set grant revoke"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__role__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__role__subcmd__grant)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__role__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__role__subcmd__revoke)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__role__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account)
            opts="list create get update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__service__subcmd__account__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__sql__subcmd__user)
            opts="list create delete set-password"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__sql__subcmd__user__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__sql__subcmd__user__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__sql__subcmd__user__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__sql__subcmd__user__subcmd__set__subcmd__password)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__user)
            opts="find"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__user__subcmd__find)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__version__subcmd__deferral)
            opts="get set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__version__subcmd__deferral__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__version__subcmd__deferral__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__help__subcmd__versions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__invoice)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list get help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__invoice__subcmd__get)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__invoice__subcmd__help)
            opts="list get help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__invoice__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__invoice__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__invoice__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__invoice__subcmd__list)
            opts="-p -o -q -y -v -h -V --status --limit --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --status)
                    COMPREPLY=($(compgen -W "Finalized Draft" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list add get update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__add)
            opts="-p -o -q -y -v -h -V --issuer-url --jwks-id --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --issuer-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwks-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__delete)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__get)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help)
            opts="list add get update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__list)
            opts="-p -o -q -y -v -h -V --limit --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__update)
            opts="-p -o -q -y -v -h -V --issuer-url --jwks-id --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --issuer-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwks-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__log__subcmd__export)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version get enable disable help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__disable)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__enable)
            opts="-c -p -o -q -y -v -h -V --type --log-name --groups-file --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --type)
                    COMPREPLY=($(compgen -W "aws-cloudwatch gcp-cloud-logging" -- "${cur}"))
                    return 0
                    ;;
                --log-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --groups-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__get)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__help)
            opts="get enable disable help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__log__subcmd__export__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version get set delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__delete)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__get)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__help)
            opts="get set delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__set)
            opts="-c -p -o -q -y -v -h -V --day --start-hour --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --day)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --start-hour)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version get enable disable help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__disable)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version cloudwatch datadog prometheus"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version cloudwatch datadog prometheus help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__cloudwatch)
            opts="-c -p -o -q -y -v -h -V --role-arn --target-region --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --role-arn)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__datadog)
            opts="-c -p -o -q -y -v -h -V --api-key-stdin --site --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --site)
                    COMPREPLY=($(compgen -W "us1 us3 us5 eu1 ap1 us1-gov" -- "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__help)
            opts="cloudwatch datadog prometheus help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__help__subcmd__cloudwatch)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__help__subcmd__datadog)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__help__subcmd__prometheus)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__prometheus)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__get)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version cloudwatch datadog prometheus"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help)
            opts="get enable disable help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__enable)
            opts="cloudwatch datadog prometheus"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__enable__subcmd__cloudwatch)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__enable__subcmd__datadog)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__enable__subcmd__prometheus)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__org)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version get help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__org__subcmd__get)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__org__subcmd__help)
            opts="get help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__org__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__org__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version service connection help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list add delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__add)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__delete)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__help)
            opts="list add delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__help__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__list)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help)
            opts="service connection help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__connection)
            opts="list add delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__connection__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__connection__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__connection__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__service)
            opts="list create"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__service__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__help__subcmd__service__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list create help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__create)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__help)
            opts="list create help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__list)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__regions)
            opts="-p -o -q -y -v -h -V --provider --serverless --limit --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "gcp aws azure" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__restore)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list create get help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__restore__subcmd__create)
            opts="-c -p -o -q -y -v -h -V --backup --target --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --backup)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --target)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__restore__subcmd__get)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__restore__subcmd__help)
            opts="list create get help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__restore__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__restore__subcmd__list)
            opts="-c -p -o -q -y -v -h -V --start-time --end-time --limit --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --start-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --end-time)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__role)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list get set grant revoke help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__role__subcmd__get)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__role__subcmd__grant)
            opts="-p -o -q -y -v -h -V --resource-type --resource-id --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version ORG_ADMIN ORG_MEMBER BILLING_COORDINATOR CLUSTER_ADMIN CLUSTER_OPERATOR_WRITER CLUSTER_DEVELOPER CLUSTER_CREATOR FOLDER_ADMIN FOLDER_MOVER METRICS_VIEWER"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-type)
                    COMPREPLY=($(compgen -W "ORGANIZATION FOLDER CLUSTER" -- "${cur}"))
                    return 0
                    ;;
                --resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__role__subcmd__help)
            opts="list get set grant revoke help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__role__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__role__subcmd__help__subcmd__grant)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__role__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__role__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__role__subcmd__help__subcmd__revoke)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__role__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__role__subcmd__list)
            opts="-p -o -q -y -v -h -V --limit --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__role__subcmd__revoke)
            opts="-p -o -q -y -v -h -V --resource-type --resource-id --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version ORG_ADMIN ORG_MEMBER BILLING_COORDINATOR CLUSTER_ADMIN CLUSTER_OPERATOR_WRITER CLUSTER_DEVELOPER CLUSTER_CREATOR FOLDER_ADMIN FOLDER_MOVER METRICS_VIEWER"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --resource-type)
                    COMPREPLY=($(compgen -W "ORGANIZATION FOLDER CLUSTER" -- "${cur}"))
                    return 0
                    ;;
                --resource-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__role__subcmd__set)
            opts="-p -o -q -y -v -h -V --grant --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --grant)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__service__subcmd__account)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list create get update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__create)
            opts="-p -o -q -y -v -h -V --name --description --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__delete)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__get)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help)
            opts="list create get update delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__list)
            opts="-p -o -q -y -v -h -V --limit --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__service__subcmd__account__subcmd__update)
            opts="-p -o -q -y -v -h -V --name --description --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__sql__subcmd__user)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list create delete set-password help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__create)
            opts="-c -p -o -q -y -v -h -V --password-stdin --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__delete)
            opts="-c -p -o -q -y -v -h -V --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help)
            opts="list create delete set-password help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__help__subcmd__set__subcmd__password)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__list)
            opts="-c -p -o -q -y -v -h -V --limit --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__set__subcmd__password)
            opts="-c -p -o -q -y -v -h -V --password-stdin --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__user)
            opts="-p -o -q -y -v -h -V --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version find help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__user__subcmd__find)
            opts="-p -o -q -y -v -h -V --email --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --email)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__user__subcmd__help)
            opts="find help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__user__subcmd__help__subcmd__find)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__user__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version get set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__get)
            opts="-c -p -o -q -y -v -h -V --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__help)
            opts="get set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__set)
            opts="-c -p -o -q -y -v -h -V --policy --wait --wait-timeout --cluster --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --policy)
                    COMPREPLY=($(compgen -W "not-deferred fixed-deferral" -- "${cur}"))
                    return 0
                    ;;
                --wait-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -c)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__crdb__subcmd__versions)
            opts="-p -o -q -y -v -h -V --limit --api-url --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__emulator)
            opts="-p -o -q -y -v -h -V --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version serve reset help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__emulator__subcmd__help)
            opts="serve reset help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__emulator__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__emulator__subcmd__help__subcmd__reset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__emulator__subcmd__help__subcmd__serve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__emulator__subcmd__reset)
            opts="-p -o -q -y -v -h -V --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__emulator__subcmd__serve)
            opts="-p -o -q -y -v -h -V --addr --state --transition-ms --rate-limits --seed-services --seed-clusters --latency-ms --fail-rate --fail-status --reset-rate --truncate-rate --html-rate --failed-transitions --clickhouse-key-id --clickhouse-key-secret --cockroach-api-key --log-requests --lenient --check-answers --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --addr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --transition-ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate-limits)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed-services)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed-clusters)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --latency-ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fail-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fail-status)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --reset-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --truncate-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --html-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --failed-transitions)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clickhouse-key-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --clickhouse-key-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cockroach-api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help)
            opts="ch crdb ls auth profile api emulator completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__api)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__auth)
            opts="login status"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__auth__subcmd__login)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__auth__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch)
            opts="org service backup key member invitation activity"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__activity)
            opts="list get"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__activity__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__activity__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__backup)
            opts="list get"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__backup__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__backup__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__invitation)
            opts="list create get delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__invitation__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__key)
            opts="list create get update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__key__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__member)
            opts="list get update remove"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__member__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__org)
            opts="list get update private-endpoint-config"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__private__subcmd__endpoint__subcmd__config)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__org__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__service)
            opts="list get create update delete private-endpoint-config start stop scale reset-password metrics"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__metrics)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__private__subcmd__endpoint__subcmd__config)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__reset__subcmd__password)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__scale)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__stop)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ch__subcmd__service__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb)
            opts="org cluster regions versions database sql-user allowlist backup restore api-key service-account folder role user invoice audit-log jwt-issuer private-endpoint egress-rule log-export metric-export cmek maintenance-window version-deferral"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist)
            opts="list add update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__allowlist__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key)
            opts="list create get update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__api__subcmd__key__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__audit__subcmd__log)
            opts="list"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__audit__subcmd__log__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__backup)
            opts="list config"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config)
            opts="get update"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__config__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__backup__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster)
            opts="list get create update delete connection-string nodes"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__connection__subcmd__string)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__nodes)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__cluster__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek)
            opts="get enable update rotate revoke"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__revoke)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__rotate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__cmek__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__database)
            opts="list create rename delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__database__subcmd__rename)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule)
            opts="list add get update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__egress__subcmd__rule__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__folder)
            opts="list create get update delete contents"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__folder__subcmd__contents)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__folder__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__folder__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__folder__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__folder__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__folder__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__invoice)
            opts="list get"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__invoice__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__invoice__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer)
            opts="list add get update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__jwt__subcmd__issuer__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__log__subcmd__export)
            opts="get enable disable"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__log__subcmd__export__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__log__subcmd__export__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__log__subcmd__export__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance__subcmd__window)
            opts="get set delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__maintenance__subcmd__window__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export)
            opts="get enable disable"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable)
            opts="cloudwatch datadog prometheus"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__cloudwatch)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__datadog)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__enable__subcmd__prometheus)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__metric__subcmd__export__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__org)
            opts="get"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__org__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint)
            opts="service connection"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection)
            opts="list add delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__add)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__connection__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service)
            opts="list create"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__private__subcmd__endpoint__subcmd__service__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__regions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__restore)
            opts="list create get"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__restore__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__restore__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__restore__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__role)
            opts="list get set grant revoke"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__role__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__role__subcmd__grant)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__role__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__role__subcmd__revoke)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__role__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account)
            opts="list create get update delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__service__subcmd__account__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__sql__subcmd__user)
            opts="list create delete set-password"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__sql__subcmd__user__subcmd__set__subcmd__password)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__user)
            opts="find"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__user__subcmd__find)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__version__subcmd__deferral)
            opts="get set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__version__subcmd__deferral__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__crdb__subcmd__versions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__emulator)
            opts="serve reset"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__emulator__subcmd__reset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__emulator__subcmd__serve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__ls)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__profile)
            opts="list show use remove set"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__profile__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__profile__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__profile__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__profile__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__help__subcmd__profile__subcmd__use)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__ls)
            opts="-p -o -q -y -v -h -V --provider --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "clickhouse cockroach" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__profile)
            opts="-p -o -q -y -v -h -V --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version list show use remove set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__profile__subcmd__help)
            opts="list show use remove set help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__profile__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__profile__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__profile__subcmd__help__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__profile__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__profile__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__profile__subcmd__help__subcmd__use)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__profile__subcmd__list)
            opts="-p -o -q -y -v -h -V --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__profile__subcmd__remove)
            opts="-p -o -q -y -v -h -V --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__profile__subcmd__set)
            opts="-p -o -q -y -v -h -V --unset --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__profile__subcmd__show)
            opts="-p -o -q -y -v -h -V --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        dbcloud__subcmd__profile__subcmd__use)
            opts="-p -o -q -y -v -h -V --profile --output --json --jq --jq-arg --columns --quiet --yes --no-input --verbose --timeout --no-color --config --emulator --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --jq)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jq-arg)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _dbcloud -o nosort -o bashdefault -o default dbcloud
else
    complete -F _dbcloud -o bashdefault -o default dbcloud
fi
