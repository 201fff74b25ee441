package com.example.app

import kotlinx.coroutines.*
import java.util.UUID

/**
 * A data class with KDoc.
 */
@Serializable
data class User(val id: UUID, var name: String, val age: Int = 0)

sealed class Result<out T> {
    data class Success<T>(val value: T) : Result<T>()
    object Failure : Result<Nothing>()
}

interface Repository<K, V> {
    suspend fun find(key: K): V?
}

class UserService(private val repo: Repository<UUID, User>) {
    companion object {
        const val MAX = 1_000
        private val hex = 0xFF_EC_DE_5EL
        private val bin = 0b1010_0101u
        private val pi = 3.14159f
        private val e = 2.5e-3
    }

    fun <T : Comparable<T>> maxOf(a: T, b: T): T = if (a > b) a else b

    suspend fun load(id: UUID): Result<User> = coroutineScope {
        val user = repo.find(id) ?: return@coroutineScope Result.Failure
        val (first, second) = Pair(1, 2)
        val list = listOf(1, 2, 3).map { it * 2 }.filter { it % 3 != 0 }
        for (i in 0..10 step 2) println("i = $i, ${user.name}")
        when (user.age) {
            in 0 until 18 -> println('y')
            else -> println('\n')
        }
        val raw = """
            multi-line "raw" string
        """.trimIndent()
        val cls = String::class
        val len = user.name!!.length
        outer@ for (x in list) { if (x > 2) break@outer }
        Result.Success(user) // done
    }
}

/* one-line block */
fun main(args: Array<String>) = runBlocking {
    val service = UserService(object : Repository<UUID, User> {
        override suspend fun find(key: UUID): User? = null
    })
    println(service.load(UUID.randomUUID()))
}
